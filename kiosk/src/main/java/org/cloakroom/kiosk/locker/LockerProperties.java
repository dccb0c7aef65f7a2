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
 * @param wiringFile the bank's wiring (YAML), relative to the working directory; bound as
 * text because Spring's resource-based Path conversion misreads {@code ../} paths in a
 * web application
 * @param reservationTimeout how long a reserved locker stays unlocked waiting for its
 * door to open before it is relocked and freed
 * @param releaseTimeout how long a locker being collected stays unlocked waiting for its
 * door to open before it is relocked, still occupied
 */
@ConfigurationProperties("cloakroom.locker")
@Validated
public record LockerProperties(@DefaultValue("gpiod") GpioProvider gpioProvider, @NotBlank String wiringFile,
		@DefaultValue("60s") Duration reservationTimeout, @DefaultValue("60s") Duration releaseTimeout) {

	public LockerProperties {
		positive("reservation-timeout", reservationTimeout);
		positive("release-timeout", releaseTimeout);
	}

	/**
	 * The wiring file as configured (a relative path is read from the working directory).
	 */
	public Path wiringPath() {
		return Path.of(this.wiringFile);
	}

	private static void positive(String name, Duration value) {
		if (value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException("cloakroom.locker." + name + " must be positive, was " + value);
		}
	}

}
