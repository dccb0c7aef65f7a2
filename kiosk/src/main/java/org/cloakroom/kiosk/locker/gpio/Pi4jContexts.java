package org.cloakroom.kiosk.locker.gpio;

import java.util.Locale;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.plugin.gpiod.provider.gpio.digital.GpioDDigitalInputProvider;
import com.pi4j.plugin.gpiod.provider.gpio.digital.GpioDDigitalOutputProvider;
import com.pi4j.plugin.mock.platform.MockPlatform;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;

/**
 * Builds the Pi4J context with exactly the named providers: never the auto-context, which
 * silently falls back to mocks off a Pi. Spring, not Pi4J's own hook, shuts it down.
 */
final class Pi4jContexts {

	private Pi4jContexts() {
	}

	static Context open(GpioProvider provider) {
		try {
			return switch (provider) {
				case MOCK -> Pi4J.newContextBuilder()
					.noAutoDetect()
					.disableShutdownHook()
					.add(new MockPlatform())
					.add(MockDigitalInputProvider.newInstance(), MockDigitalOutputProvider.newInstance())
					.build();
				case GPIOD -> Pi4J.newContextBuilder()
					.noAutoDetect()
					.disableShutdownHook()
					.add(GpioDDigitalInputProvider.newInstance(), GpioDDigitalOutputProvider.newInstance())
					.build();
			};
		}
		catch (RuntimeException | LinkageError ex) {
			throw new GpioException("GPIO provider " + name(provider) + " failed to start: " + ex, ex);
		}
	}

	static String name(GpioProvider provider) {
		return provider.name().toLowerCase(Locale.ROOT);
	}

}
