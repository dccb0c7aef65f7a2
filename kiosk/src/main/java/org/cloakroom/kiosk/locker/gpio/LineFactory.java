package org.cloakroom.kiosk.locker.gpio;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalInputConfig;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalOutputConfig;
import com.pi4j.io.gpio.digital.PullResistance;
import com.pi4j.plugin.gpiod.GpioDPlugin;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;

import org.cloakroom.kiosk.locker.expander.ExpanderChips;
import org.cloakroom.kiosk.wiring.BankWiring;
import org.cloakroom.kiosk.wiring.Expander;
import org.cloakroom.kiosk.wiring.Level;
import org.cloakroom.kiosk.wiring.Pull;
import org.cloakroom.kiosk.wiring.SensorInput;

/**
 * Creates Pi4J lines from the wiring on the chosen provider, and names the line (locker
 * and role, BCM line, file) when Pi4J refuses. Expander lines go to the MCP23017 driver
 * when the context has it (gpiod: {@link Pi4jContexts}), else, in the simulation, to mock
 * lines of their own, which the simulation's controls move like the header's.
 */
final class LineFactory {

	private final Context context;

	private final GpioProvider provider;

	private final Path wiringFile;

	private final PulseTimer timer;

	private final List<String> expanders;

	private final Optional<ExpanderChips> chips;

	private final Map<String, Controller> controllers;

	/**
	 * Opens the expanders the context drives (each probed at its address; a silent one is
	 * told to {@code controllers} as its lockers' controller).
	 */
	LineFactory(Context context, GpioProvider provider, BankWiring wiring, Path wiringFile, PulseTimer timer,
			LockerIo.ControllerListener controllers) {
		this.context = context;
		this.expanders = wiring.expanders().stream().map(Expander::name).toList();
		this.provider = provider;
		this.wiringFile = wiringFile;
		this.timer = timer;
		this.controllers = ExpanderControllers.of(wiring);
		this.chips = chips(context);
		this.chips.ifPresent((chips) -> {
			chips.onChange((name, answering, reason) -> controllers.controllerChanged(this.controllers.get(name),
					answering, reason));
			chips.open(context);
		});
	}

	/** The context's MCP23017 driver, when it has one. */
	static Optional<ExpanderChips> chips(Context context) {
		return ExpanderChips.of(context);
	}

	/** Tells {@code listener} of each expander that is silent now. */
	void tellSilentControllers(LockerIo.ControllerListener listener) {
		this.chips.ifPresent((chips) -> chips.tellSilent(
				(name, answering, reason) -> listener.controllerChanged(this.controllers.get(name), false, reason)));
	}

	/**
	 * An output that is on at {@code active} and starts and ends off (a lock locked, a
	 * release shut, a buzzer silent), whatever happens in between.
	 * @param what the line's role for messages, e.g. "lock output of locker 3"
	 */
	OutputLine output(String id, String what, int bcm, Optional<String> expander, Level active) {
		OutputLine.Failure failure = (verb, ex) -> failure(verb, what, bcm, expander, ex);
		try {
			DigitalOutputConfig config = DigitalOutput.newConfigBuilder(this.context)
				.id(id)
				.name(what)
				.address(address(bcm, expander))
				.onState(LockerLines.state(active))
				.initial(LockerLines.state(active.inverse()))
				.shutdown(LockerLines.state(active.inverse()))
				.provider(outputProvider())
				.build();
			DigitalOutput output = onDriver(expander) ? this.chips.get().output(this.context, config)
					: this.context.create(config);
			return new OutputLine(output, LockerLines.state(active), this.timer, failure);
		}
		catch (RuntimeException ex) {
			throw failure.apply("cannot create", ex);
		}
	}

	SensorLine input(String id, String what, SensorInput sensor) {
		OutputLine.Failure failure = (verb, ex) -> failure(verb, what, sensor.line(), sensor.onExpander(), ex);
		try {
			DigitalInputConfig config = DigitalInput.newConfigBuilder(this.context)
				.id(id)
				.name(what)
				.address(address(sensor.line(), sensor.onExpander()))
				.pull(pull(sensor.pull()))
				.debounce((long) sensor.debounceMs(), TimeUnit.MILLISECONDS)
				.provider(inputProvider())
				.build();
			DigitalInput input = onDriver(sensor.onExpander()) ? this.chips.get().input(this.context, config)
					: this.context.create(config);
			return new SensorLine(input, sensor, failure);
		}
		catch (RuntimeException ex) {
			throw failure.apply("cannot create", ex);
		}
	}

	GpioException failure(String verb, String what, int line, Optional<String> expander, Exception ex) {
		String where = expander.map((name) -> "line " + line + " of expander " + name).orElse("BCM line " + line);
		return new GpioException("GPIO provider " + Pi4jContexts.name(this.provider) + " " + verb + " the " + what
				+ " on " + where + " (wiring file " + this.wiringFile + "): " + ex.getMessage(), ex);
	}

	/**
	 * The Pi4J address: the BCM number on the header. Lines on an expander get 1000 + 100
	 * × its index + the line, on the driver or as mock lines; Pi4J 2.8's gpiod plugin
	 * opens only the SoC's pinctrl chip, so without the driver gpiod cannot have them.
	 */
	private int address(int line, Optional<String> expander) {
		if (expander.isEmpty()) {
			return line;
		}
		if (this.chips.isEmpty() && this.provider == GpioProvider.GPIOD) {
			throw new UnsupportedOperationException("Pi4J 2.8's gpiod plugin drives only the SoC's own GPIO chip "
					+ "(the one labelled pinctrl-*), and this context has no expander driver");
		}
		return ExpanderChips.address(this.expanders.indexOf(expander.get()), line);
	}

	private boolean onDriver(Optional<String> expander) {
		return expander.isPresent() && this.chips.isPresent();
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
