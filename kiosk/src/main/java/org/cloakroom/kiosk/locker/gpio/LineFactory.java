package org.cloakroom.kiosk.locker.gpio;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.PullResistance;
import com.pi4j.plugin.gpiod.GpioDPlugin;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;

import org.cloakroom.kiosk.locker.wiring.LockOutput;
import org.cloakroom.kiosk.locker.wiring.LockerWiring;
import org.cloakroom.kiosk.locker.wiring.Pull;
import org.cloakroom.kiosk.locker.wiring.SensorInput;

/**
 * Creates a locker's Pi4J lines from its wiring on the chosen provider, and names the
 * locker, the line and the file when Pi4J refuses.
 */
final class LineFactory {

	private final Context context;

	private final GpioProvider provider;

	private final Path wiringFile;

	LineFactory(Context context, GpioProvider provider, Path wiringFile) {
		this.context = context;
		this.provider = provider;
		this.wiringFile = wiringFile;
	}

	/** A lock output that starts and ends locked, whatever happens in between. */
	DigitalOutput lock(LockerWiring locker) {
		LockOutput lock = locker.lock();
		try {
			return this.context.create(DigitalOutput.newConfigBuilder(this.context)
				.id("locker-" + locker.id() + "-lock")
				.name("Locker " + locker.label() + " lock")
				.address(lock.line())
				.onState(LockerLines.state(lock.active()))
				.initial(LockerLines.state(lock.lockedLevel()))
				.shutdown(LockerLines.state(lock.lockedLevel()))
				.provider(outputProvider())
				.build());
		}
		catch (RuntimeException ex) {
			throw failure("cannot create", locker, "lock output", lock.line(), ex);
		}
	}

	DigitalInput input(LockerWiring locker, String role, SensorInput sensor) {
		try {
			return this.context.create(DigitalInput.newConfigBuilder(this.context)
				.id("locker-" + locker.id() + "-" + role)
				.name("Locker " + locker.label() + " " + role + " sensor")
				.address(sensor.line())
				.pull(pull(sensor.pull()))
				.debounce((long) sensor.debounceMs(), TimeUnit.MILLISECONDS)
				.provider(inputProvider())
				.build());
		}
		catch (RuntimeException ex) {
			throw failure("cannot create", locker, role + " input", sensor.line(), ex);
		}
	}

	GpioException failure(String what, LockerWiring locker, String line, int bcm, Exception ex) {
		return new GpioException("GPIO provider " + Pi4jContexts.name(this.provider) + " " + what + " the " + line
				+ " of locker " + locker.id() + " on BCM line " + bcm + " (wiring file " + this.wiringFile + "): "
				+ ex.getMessage(), ex);
	}

	private String outputProvider() {
		return switch (this.provider) {
			case MOCK -> MockDigitalOutputProvider.ID;
			case GPIOD -> GpioDPlugin.DIGITAL_OUTPUT_PROVIDER_ID;
		};
	}

	private String inputProvider() {
		return switch (this.provider) {
			case MOCK -> MockDigitalInputProvider.ID;
			case GPIOD -> GpioDPlugin.DIGITAL_INPUT_PROVIDER_ID;
		};
	}

	private static PullResistance pull(Pull pull) {
		return switch (pull) {
			case UP -> PullResistance.PULL_UP;
			case DOWN -> PullResistance.PULL_DOWN;
			case OFF -> PullResistance.OFF;
		};
	}

}
