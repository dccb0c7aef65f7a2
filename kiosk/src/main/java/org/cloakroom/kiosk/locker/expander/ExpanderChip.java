package org.cloakroom.kiosk.locker.expander;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import org.cloakroom.kiosk.locker.expander.Mcp23017.ChipSilentException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One MCP23017 as the kiosk uses it: the levels its outputs should have (the cached OLAT,
 * written whole, so a line is never set from what GPIO happens to read), its inputs'
 * debounced levels, and whether it answers. A chip that stops answering keeps taking
 * output levels, and gets them, after IODIR, GPPU and OLAT again, when it answers; a chip
 * found reset (IOCON back at 0) is set up again the same way.
 *
 * <p>
 * Listeners are told on the caller of {@link #sample()}, after this chip's lock is let
 * go: a listener may wait for the bank's lock while another thread, holding that, drives
 * an output here.
 */
final class ExpanderChip {

	private static final Logger log = LoggerFactory.getLogger(ExpanderChip.class);

	private final String name;

	private final Mcp23017 registers;

	private final boolean interrupt;

	private final LongSupplier ticker;

	private final Map<Integer, Input> inputs = new TreeMap<>();

	private int outputMask;

	private int olat;

	private int pullUps;

	private boolean answering;

	/** What listeners were last told (they assume answering until told otherwise). */
	private boolean toldAnswering = true;

	private String reason = "not started";

	private volatile ChipListener listener = (chip, answering, reason) -> {
	};

	/**
	 * @param interrupt whether the INT pin is wired (it is then set up open-drain and
	 * mirrored, and every input enabled on it)
	 * @param ticker nanoseconds, for the debounce
	 */
	ExpanderChip(String name, Mcp23017 registers, boolean interrupt, LongSupplier ticker) {
		this.name = name;
		this.registers = registers;
		this.interrupt = interrupt;
		this.ticker = ticker;
	}

	String name() {
		return this.name;
	}

	boolean hasInterrupt() {
		return this.interrupt;
	}

	void onChange(ChipListener listener) {
		this.listener = listener;
	}

	/**
	 * Probes the chip at its address and sets it up; a silent one counts as told, so that
	 * a listener set later hears of it ({@link ExpanderChips#tellSilent}).
	 */
	synchronized void start() {
		try {
			setUp();
			this.answering = true;
		}
		catch (ChipSilentException ex) {
			silent(ex);
			// told when a listener is set (a chip silent from the start is its lockers'
			// fault from the start), not by the first sample
			this.toldAnswering = false;
		}
	}

	/** An output line, at {@code high} from the first moment it is an output. */
	synchronized void addOutput(int line, boolean high) {
		this.outputMask |= bit(line);
		this.olat = high ? (this.olat | bit(line)) : (this.olat & ~bit(line));
		write(() -> {
			this.registers.write16(Mcp23017.OLAT, this.olat);
			this.registers.write16(Mcp23017.IODIR, directions());
		});
	}

	/**
	 * @param switchClosedLevel the level the line reads with its switch closed (a door
	 * shut), null if unknown: a chip silent from the start tells the first level it reads
	 * of this line when it is not this one
	 */
	synchronized void addInput(int line, boolean pullUp, Boolean switchClosedLevel, long debounceNanos) {
		Input input = new Input(new LineDebounce(debounceNanos), switchClosedLevel);
		this.inputs.put(line, input);
		this.pullUps = pullUp ? (this.pullUps | bit(line)) : (this.pullUps & ~bit(line));
		write(() -> {
			this.registers.write16(Mcp23017.GPPU, this.pullUps);
			this.registers.write16(Mcp23017.IODIR, directions());
			if (this.interrupt) {
				this.registers.write16(Mcp23017.GPINTEN, inputMask());
			}
			int ports = this.registers.read16(Mcp23017.GPIO);
			input.debounce.read((ports & bit(line)) != 0, this.ticker.getAsLong());
		});
	}

	void onInputChange(int line, Consumer<Boolean> changed) {
		synchronized (this) {
			this.inputs.get(line).changed = changed;
		}
	}

	/** Sets an output's level: kept, and written now if the chip answers. */
	synchronized void drive(int line, boolean high) {
		this.olat = high ? (this.olat | bit(line)) : (this.olat & ~bit(line));
		write(() -> this.registers.write16(Mcp23017.OLAT, this.olat));
	}

	synchronized boolean output(int line) {
		return (this.olat & bit(line)) != 0;
	}

	/** An input's debounced level: null before it was ever read. */
	synchronized Boolean input(int line) {
		return this.inputs.get(line).debounce.stable();
	}

	/**
	 * One read: of a silent chip, a probe (and its set-up again when it answers); of an
	 * answering one, IOCON (a reset chip is set up again) and both ports, debounced. Then
	 * tells the listeners what changed: a chip that answers again is told so before the
	 * inputs it reads.
	 */
	void sample() {
		List<Runnable> told = new ArrayList<>();
		synchronized (this) {
			try {
				if (!this.answering && this.toldAnswering) {
					log.debug("Expander {} found silent by a write: told before it is probed again", this.name);
				}
				else if (!this.answering) {
					collect(setUp(), told);
					this.answering = true;
					log.info("Expander {} at {} answers again and is set up again", this.name, this.registers.where());
				}
				else if (this.registers.read8(Mcp23017.IOCON) != iocon()) {
					log.warn("Expander {} at {} was reset (IOCON reads its power-on value): set up again", this.name,
							this.registers.where());
					collect(setUp(), told);
				}
				else {
					collect(read(this.registers.read16(Mcp23017.GPIO)), told);
				}
			}
			catch (ChipSilentException ex) {
				silent(ex);
			}
			if (this.answering != this.toldAnswering) {
				this.toldAnswering = this.answering;
				boolean now = this.answering;
				String why = now ? "" : this.reason;
				told.add(0, () -> this.listener.changed(this, now, why));
			}
		}
		told.forEach(Runnable::run);
	}

	/** When a level seen but not yet counted should be read again (ticker); -1: none. */
	synchronized long nextDue() {
		return this.inputs.values()
			.stream()
			.mapToLong((input) -> input.debounce.dueAt())
			.filter((due) -> due >= 0)
			.min()
			.orElse(-1);
	}

	synchronized boolean isAnswering() {
		return this.answering;
	}

	/** Whether listeners were told it is silent (and not told since that it answers). */
	synchronized boolean toldSilent() {
		return !this.toldAnswering;
	}

	synchronized String reason() {
		return this.reason;
	}

	String where() {
		return this.registers.where();
	}

	void close() {
		this.registers.close();
	}

	/**
	 * The probe, then IOCON, OLAT before IODIR (so no output starts at a level it was not
	 * given: from power-on every line is an input), the pull-ups and the interrupt; then
	 * a read of the inputs: the lines whose level changed since the last.
	 */
	private List<Integer> setUp() {
		this.registers.read8(Mcp23017.IOCON);
		this.registers.write8(Mcp23017.IOCON, iocon());
		this.registers.write16(Mcp23017.OLAT, this.olat);
		this.registers.write16(Mcp23017.GPPU, this.pullUps);
		this.registers.write16(Mcp23017.IODIR, directions());
		if (this.interrupt) {
			// INTCON 0: an interrupt on any change from the previous level (DEFVAL
			// unused)
			this.registers.write16(Mcp23017.DEFVAL, 0);
			this.registers.write16(Mcp23017.INTCON, 0);
			this.registers.write16(Mcp23017.GPINTEN, inputMask());
		}
		return read(this.registers.read16(Mcp23017.GPIO));
	}

	private int iocon() {
		return Mcp23017.IOCON_MIRROR | (this.interrupt ? Mcp23017.IOCON_ODR : 0);
	}

	/**
	 * Feeds a read of both ports to the inputs; the lines whose level changed. A line
	 * never read before (its chip silent from the start, whose doors the locker module
	 * took as shut) changed when it reads other than its switch closed: a door found open
	 * is told, a shut one is no made-up closing.
	 */
	private List<Integer> read(int ports) {
		long now = this.ticker.getAsLong();
		List<Integer> changed = new ArrayList<>();
		this.inputs.forEach((line, input) -> {
			boolean high = (ports & bit(line)) != 0;
			boolean neverRead = input.debounce.stable() == null;
			if (input.debounce.read(high, now)
					|| (neverRead && input.switchClosedLevel != null && high != input.switchClosedLevel)) {
				changed.add(line);
			}
		});
		return changed;
	}

	private void collect(List<Integer> changed, List<Runnable> told) {
		for (int line : changed) {
			Input input = this.inputs.get(line);
			boolean high = input.debounce.stable();
			Consumer<Boolean> listener = input.changed;
			told.add(() -> listener.accept(high));
		}
	}

	/**
	 * A write while answering; a failure makes the chip silent, told at the next sample.
	 */
	private void write(Runnable transfer) {
		if (!this.answering) {
			return;
		}
		try {
			transfer.run();
		}
		catch (ChipSilentException ex) {
			silent(ex);
		}
	}

	private void silent(ChipSilentException ex) {
		if (this.answering || !ex.getMessage().equals(this.reason)) {
			log.warn("Expander {} is silent: {}", this.name, ex.getMessage());
		}
		this.answering = false;
		this.reason = ex.getMessage();
	}

	private int directions() {
		return ~this.outputMask & 0xFFFF;
	}

	private int inputMask() {
		return this.inputs.keySet().stream().mapToInt(ExpanderChip::bit).reduce(0, (a, b) -> a | b);
	}

	private static int bit(int line) {
		return 1 << line;
	}

	/** Told when the chip stops answering or answers again, with why it is silent. */
	@FunctionalInterface
	interface ChipListener {

		void changed(ExpanderChip chip, boolean answering, String reason);

	}

	private static final class Input {

		private final LineDebounce debounce;

		private final Boolean switchClosedLevel;

		private Consumer<Boolean> changed = (high) -> {
		};

		private Input(LineDebounce debounce, Boolean switchClosedLevel) {
			this.debounce = debounce;
			this.switchClosedLevel = switchClosedLevel;
		}

	}

}
