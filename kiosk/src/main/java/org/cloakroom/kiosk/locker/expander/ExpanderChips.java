package org.cloakroom.kiosk.locker.expander;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import com.pi4j.context.Context;
import com.pi4j.event.ShutdownEvent;
import com.pi4j.event.ShutdownListener;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalInputConfig;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalOutputConfig;
import com.pi4j.io.i2c.I2C;
import com.pi4j.io.i2c.I2CProvider;

import org.cloakroom.kiosk.wiring.Expander;

/**
 * The wiring's expanders as chips, opened on the named Pi4J I2C provider by
 * {@link #open}: each probed and set up, then read by the {@link ExpanderPoller}. An
 * expander's line {@code n} has the Pi4J address {@code 1000 + 100 × its index + n}.
 *
 * <p>
 * Pi4J 2.8 keeps one provider per I/O type in a context, so the driver cannot be a
 * provider beside gpiod's digital ones: its lines are Pi4J digital I/Os made here
 * ({@link #output}, {@link #input}) and added to the context's registry, which
 * initialises them and drives outputs to their shutdown level when the context shuts
 * down; the chips are closed after that, and are found by the context they were attached
 * to ({@link #of}).
 */
public final class ExpanderChips {

	private static final Map<Context, ExpanderChips> ATTACHED = new ConcurrentHashMap<>();

	private final ExpanderOutputProvider outputs = new ExpanderOutputProvider(this);

	private final ExpanderInputProvider inputs = new ExpanderInputProvider(this);

	private Context context;

	private final List<Expander> expanders;

	private final String i2cProvider;

	private final String headerInputProvider;

	private final LongSupplier ticker;

	private final Map<String, ExpanderChip> chips = new LinkedHashMap<>();

	private ExpanderPoller poller;

	private volatile ExpanderListener listener = (expander, answering, reason) -> {
	};

	/**
	 * @param i2cProvider the Pi4J I2C provider's id (linuxfs on a Pi)
	 * @param headerInputProvider the provider of the header's inputs, for interrupt lines
	 * @param ticker nanoseconds, for the debounce ({@code System::nanoTime})
	 */
	public ExpanderChips(List<Expander> expanders, String i2cProvider, String headerInputProvider,
			LongSupplier ticker) {
		this.expanders = List.copyOf(expanders);
		this.i2cProvider = i2cProvider;
		this.headerInputProvider = headerInputProvider;
		this.ticker = ticker;
	}

	/**
	 * Attaches the chips to {@code context}: they open when it is given to {@link #open}
	 * and close after its I/Os shut down.
	 */
	public ExpanderChips attach(Context context) {
		ATTACHED.put(context, this);
		context.addListener(new ShutdownListener() {
			@Override
			public void onShutdown(ShutdownEvent event) {
				ATTACHED.remove(context);
				close();
			}
		});
		return this;
	}

	/** The expander driver attached to this context, if any. */
	public static Optional<ExpanderChips> of(Context context) {
		return Optional.ofNullable(ATTACHED.get(context));
	}

	/**
	 * A Pi4J output on an expander line ({@link #address}), in {@code context}'s
	 * registry.
	 */
	public DigitalOutput output(Context context, DigitalOutputConfig config) {
		ExpanderChip chip = chipAt(context, config.address());
		ExpanderOutput output = new ExpanderOutput(this.outputs, config, chip, line(config.address()));
		context.registry().add(output);
		return output;
	}

	/**
	 * A Pi4J input on an expander line ({@link #address}), in {@code context}'s registry.
	 */
	public DigitalInput input(Context context, DigitalInputConfig config) {
		ExpanderChip chip = chipAt(context, config.address());
		ExpanderInput input = new ExpanderInput(this.inputs, config, chip, line(config.address()));
		context.registry().add(input);
		return input;
	}

	/** The Pi4J address of line {@code line} of the expander at {@code index}. */
	public static int address(int index, int line) {
		return 1000 + 100 * index + line;
	}

	/**
	 * Opens every chip (a silent one is told to the listener from the poller), its
	 * interrupt line, and starts polling; once.
	 */
	public synchronized void open(Context context) {
		if (this.poller != null) {
			return;
		}
		this.context = context;
		this.poller = new ExpanderPoller(this.ticker);
		for (Expander expander : this.expanders) {
			String where = String.format("I2C address 0x%02x on %s", expander.i2cAddress(), expander.busDevice());
			ExpanderChip chip = new ExpanderChip(expander.name(), new Mcp23017(device(context, expander), where),
					expander.interrupt().isPresent(), this.ticker);
			chip.onChange((changed, answering, reason) -> this.listener.changed(changed.name(), answering, reason));
			chip.start();
			this.chips.put(expander.name(), chip);
			expander.interrupt()
				.ifPresent((bcm) -> this.poller.interruptLine(context, this.headerInputProvider, expander, bcm, chip));
			this.poller.poll(chip, expander.pollMs());
		}
	}

	public void onChange(ExpanderListener listener) {
		this.listener = listener;
	}

	/** Tells {@code listener} of each expander it was told is silent now. */
	public synchronized void tellSilent(ExpanderListener listener) {
		this.chips.values()
			.stream()
			.filter(ExpanderChip::toldSilent)
			.forEach((chip) -> listener.changed(chip.name(), false, chip.reason()));
	}

	/** Per expander: "answering at I2C address 0x20 on /dev/i2c-1" or "silent: why". */
	public synchronized Map<String, String> states() {
		Map<String, String> states = new LinkedHashMap<>();
		this.chips.forEach((name, chip) -> states.put(name,
				chip.isAnswering() ? "answering at " + chip.where() : "silent: " + chip.reason()));
		return states;
	}

	/** The expanders that do not answer, with why (as {@code Boards.silent()}). */
	public synchronized Map<String, String> silent() {
		Map<String, String> silent = new LinkedHashMap<>();
		this.chips.forEach((name, chip) -> {
			if (!chip.isAnswering()) {
				silent.put(name, chip.reason());
			}
		});
		return silent;
	}

	/** Reads one expander now, as its poll would (for tests and the interrupt line). */
	public void sample(String expander) {
		this.poller.sample(chip(expander));
	}

	synchronized ExpanderChip chipAt(Context context, int address) {
		open(context);
		int index = (address - 1000) / 100;
		if (address < 1000 || index >= this.expanders.size() || (address - 1000) % 100 >= 16) {
			throw new IllegalArgumentException("Pi4J address " + address + " is no expander line");
		}
		return this.chips.get(this.expanders.get(index).name());
	}

	static int line(int address) {
		return (address - 1000) % 100;
	}

	Context context() {
		return this.context;
	}

	synchronized void close() {
		if (this.poller != null) {
			this.poller.close();
		}
		this.chips.values().forEach(ExpanderChip::close);
	}

	private synchronized ExpanderChip chip(String expander) {
		ExpanderChip chip = this.chips.get(expander);
		if (chip == null) {
			throw new IllegalArgumentException("No open expander " + expander);
		}
		return chip;
	}

	private I2C device(Context context, Expander expander) {
		I2CProvider provider = context.providers().get(this.i2cProvider, I2CProvider.class);
		return provider.create(I2C.newConfigBuilder(context)
			.id("expander-" + expander.name())
			.name("expander " + expander.name())
			.bus(expander.i2cBus())
			.device(expander.i2cAddress())
			.build());
	}

}
