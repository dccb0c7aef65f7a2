package org.cloakroom.kiosk.locker;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import org.cloakroom.kiosk.locker.gpio.GpioProvider;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The locker bank's settings.
 *
 * @param gpioProvider which Pi4J providers drive the bank: {@code gpiod} on a Pi,
 * {@code mock} in simulation and tests
 * @param wiringFile the bank's wiring (YAML): a path (a relative one from the working
 * directory), or {@code classpath:} and a resource inside the jar (the simulation's demo
 * bank, so that it starts from any folder); bound as text because Spring's resource-based
 * Path conversion misreads {@code ../} paths in a web application
 * @param reservationTimeout how long a reserved locker stays unlocked waiting for its
 * door to open before it is relocked and freed
 * @param releaseTimeout how long a locker being collected stays unlocked waiting for its
 * door to open before it is relocked, still occupied
 * @param heldOpenLimit how long a door may stay open before an alert and the buzzer
 * @param heldOpenEscalation how much longer after the held-open alert before a second,
 * escalated alert
 * @param depositAttempts how many times a deposit's door may close on an empty tray
 * (lockers with an occupancy sensor) before the deposit is given up
 * @param flapChanges how many sensor changes within {@code flapWindow} put a locker in
 * FAULT
 * @param flapWindow the window in which {@code flapChanges} are counted
 * @param adminOpenTimeout how long an admin's remote open keeps a locker unlocked waiting
 * for its door to open
 * @param testPulse how long the admin console's test pulse drives a hold-mode lock
 * unlocked (a pulse-mode lock gets its wired pulse)
 */
@ConfigurationProperties("cloakroom.locker")
@Validated
public record LockerProperties(@DefaultValue("gpiod") GpioProvider gpioProvider, @NotBlank String wiringFile,
		@DefaultValue("60s") Duration reservationTimeout, @DefaultValue("60s") Duration releaseTimeout,
		@DefaultValue("30s") Duration heldOpenLimit, @DefaultValue("60s") Duration heldOpenEscalation,
		@DefaultValue("3") int depositAttempts, @DefaultValue("8") int flapChanges,
		@DefaultValue("10s") Duration flapWindow, @DefaultValue("60s") Duration adminOpenTimeout,
		@DefaultValue("1s") Duration testPulse) {

	public LockerProperties {
		positive("reservation-timeout", reservationTimeout);
		positive("release-timeout", releaseTimeout);
		positive("held-open-limit", heldOpenLimit);
		positive("held-open-escalation", heldOpenEscalation);
		positive("flap-window", flapWindow);
		positive("admin-open-timeout", adminOpenTimeout);
		positive("test-pulse", testPulse);
		if (testPulse.compareTo(Duration.ofSeconds(10)) > 0) {
			throw new IllegalArgumentException("cloakroom.locker.test-pulse must be at most 10s, was " + testPulse);
		}
		atLeast("deposit-attempts", depositAttempts, 1);
		atLeast("flap-changes", flapChanges, 3);
	}

	/**
	 * The wiring file as configured (a relative path is read from the working directory;
	 * a {@code classpath:} resource is read from where {@link WiringLocation} puts it).
	 */
	public Path wiringPath() {
		return WiringLocation.path(this.wiringFile);
	}

	private static void atLeast(String name, int value, int least) {
		if (value < least) {
			throw new IllegalArgumentException(
					"cloakroom.locker." + name + " must be at least " + least + ", was " + value);
		}
	}

	private static void positive(String name, Duration value) {
		if (value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException("cloakroom.locker." + name + " must be positive, was " + value);
		}
	}

}
