package org.cloakroom.kiosk.locker.expander;

import java.util.concurrent.TimeUnit;

import com.pi4j.io.gpio.digital.DigitalInputBase;
import com.pi4j.io.gpio.digital.DigitalInputConfig;
import com.pi4j.io.gpio.digital.DigitalInputProvider;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.DigitalStateChangeEvent;
import com.pi4j.io.gpio.digital.PullResistance;

/**
 * An expander line as a Pi4J input, debounced as its configuration says (Pi4J keeps the
 * debounce in microseconds); UNKNOWN until the chip was first read.
 */
final class ExpanderInput extends DigitalInputBase {

	private final ExpanderChip chip;

	private final int line;

	ExpanderInput(DigitalInputProvider provider, DigitalInputConfig config, ExpanderChip chip, int line) {
		super(provider, config);
		this.chip = chip;
		this.line = line;
		long debounce = (config.debounce() != null) ? TimeUnit.MICROSECONDS.toNanos(config.debounce()) : 0;
		chip.addInput(line, config.pull() == PullResistance.PULL_UP, switchClosedLevel(config.pull()), debounce);
		chip.onInputChange(line, (high) -> dispatch(new DigitalStateChangeEvent<>(this, level(high))));
	}

	@Override
	public DigitalState state() {
		Boolean high = this.chip.input(this.line);
		return (high == null) ? DigitalState.UNKNOWN : level(high);
	}

	/**
	 * The level a switch on this line gives when closed, as it pulls the line away from
	 * its pull (a reed switch to ground on a pulled-up line reads low when shut); null
	 * without a pull: no level is known to be the switch's closed one.
	 */
	private static Boolean switchClosedLevel(PullResistance pull) {
		if (pull == null) {
			return null;
		}
		return switch (pull) {
			case PULL_UP -> false;
			case PULL_DOWN -> true;
			default -> null;
		};
	}

	private static DigitalState level(boolean high) {
		return high ? DigitalState.HIGH : DigitalState.LOW;
	}

}
