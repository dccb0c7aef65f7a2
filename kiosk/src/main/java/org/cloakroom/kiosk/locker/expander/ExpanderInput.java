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
		chip.addInput(line, config.pull() == PullResistance.PULL_UP, debounce);
		chip.onInputChange(line, (high) -> dispatch(new DigitalStateChangeEvent<>(this, level(high))));
	}

	@Override
	public DigitalState state() {
		Boolean high = this.chip.input(this.line);
		return (high == null) ? DigitalState.UNKNOWN : level(high);
	}

	private static DigitalState level(boolean high) {
		return high ? DigitalState.HIGH : DigitalState.LOW;
	}

}
