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

	private static final String NO_PINCTRL = " (Pi4J's gpiod plugin needs a GPIO chip labelled pinctrl-*: "
			+ "pinctrl-bcm2711 on a Pi 4, pinctrl-rp1 on a Pi 5; see gpioinfo)";

	private Pi4jContexts() {
	}

	static Context open(GpioProvider provider) {
		return open(provider, GpiodPreflight.ofThisMachine());
	}

	/**
	 * @throws GpioException saying why the provider cannot start
	 */
	static Context open(GpioProvider provider, GpiodPreflight preflight) {
		if (provider == GpioProvider.GPIOD) {
			preflight.problem().ifPresent((problem) -> {
				throw new GpioException("GPIO provider gpiod cannot start: " + problem, null);
			});
		}
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
			throw new GpioException("GPIO provider " + name(provider) + " failed to start: " + ex
					+ ((provider == GpioProvider.GPIOD) ? NO_PINCTRL : ""), ex);
		}
	}

	static String name(GpioProvider provider) {
		return provider.name().toLowerCase(Locale.ROOT);
	}

}
