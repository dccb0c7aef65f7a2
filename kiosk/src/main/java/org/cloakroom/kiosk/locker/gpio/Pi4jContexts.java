package org.cloakroom.kiosk.locker.gpio;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.context.ContextBuilder;
import com.pi4j.plugin.gpiod.GpioDPlugin;
import com.pi4j.plugin.gpiod.provider.gpio.digital.GpioDDigitalInputProvider;
import com.pi4j.plugin.gpiod.provider.gpio.digital.GpioDDigitalOutputProvider;
import com.pi4j.plugin.mock.platform.MockPlatform;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;
import com.pi4j.plugin.linuxfs.provider.i2c.LinuxFsI2CProvider;

import org.cloakroom.kiosk.locker.expander.ExpanderChips;
import org.cloakroom.kiosk.wiring.BankWiring;

/**
 * Builds the Pi4J context with exactly the named providers: never the auto-context, which
 * silently falls back to mocks off a Pi. Spring, not Pi4J's own hook, shuts it down. With
 * gpiod, a wiring with expanders adds Pi4J's linuxfs I2C provider and the MCP23017 driver
 * on it; the simulation keeps expander lines as mock lines, which its controls move.
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
	 * @throws GpioException saying why the provider, or an expander's I2C bus, cannot
	 * start
	 */
	static Context open(GpioProvider provider, BankWiring wiring, Path wiringFile) {
		if (provider != GpioProvider.GPIOD || wiring.expanders().isEmpty()) {
			return open(provider);
		}
		GpiodPreflight.ofThisMachine().problem().ifPresent(Pi4jContexts::cannotStart);
		I2cPreflight.ofThisMachine().problem(wiring, wiringFile).ifPresent(Pi4jContexts::cannotStart);
		Context context = build(provider, () -> gpiod().add(LinuxFsI2CProvider.newInstance()).build());
		new ExpanderChips(wiring.expanders(), LinuxFsI2CProvider.ID, GpioDPlugin.DIGITAL_INPUT_PROVIDER_ID,
				System::nanoTime)
			.attach(context);
		return context;
	}

	/**
	 * @throws GpioException saying why the provider cannot start
	 */
	static Context open(GpioProvider provider, GpiodPreflight preflight) {
		if (provider == GpioProvider.GPIOD) {
			preflight.problem().ifPresent(Pi4jContexts::cannotStart);
		}
		return build(provider, () -> switch (provider) {
			case MOCK -> Pi4J.newContextBuilder()
				.noAutoDetect()
				.disableShutdownHook()
				.add(new MockPlatform())
				.add(MockDigitalInputProvider.newInstance(), MockDigitalOutputProvider.newInstance())
				.build();
			case GPIOD -> gpiod().build();
		});
	}

	private static ContextBuilder gpiod() {
		return Pi4J.newContextBuilder()
			.noAutoDetect()
			.disableShutdownHook()
			.add(GpioDDigitalInputProvider.newInstance(), GpioDDigitalOutputProvider.newInstance());
	}

	private static void cannotStart(String problem) {
		throw new GpioException("GPIO provider gpiod cannot start: " + problem, null);
	}

	private static Context build(GpioProvider provider, Supplier<Context> context) {
		try {
			return context.get();
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
