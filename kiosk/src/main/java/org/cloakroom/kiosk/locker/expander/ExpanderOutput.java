package org.cloakroom.kiosk.locker.expander;

import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalOutputBase;
import com.pi4j.io.gpio.digital.DigitalOutputConfig;
import com.pi4j.io.gpio.digital.DigitalOutputProvider;
import com.pi4j.io.gpio.digital.DigitalState;

/**
 * An expander line as a Pi4J output. Its level is kept by the chip, so a write to a
 * silent chip is not an error here: the chip gets it when it answers again, and the
 * locker module has been told it is silent.
 */
final class ExpanderOutput extends DigitalOutputBase {

	private final ExpanderChip chip;

	private final int line;

	ExpanderOutput(DigitalOutputProvider provider, DigitalOutputConfig config, ExpanderChip chip, int line) {
		super(provider, config);
		this.chip = chip;
		this.line = line;
		chip.addOutput(line, config.initialState() == DigitalState.HIGH);
	}

	@Override
	public DigitalOutput state(DigitalState state) {
		this.chip.drive(this.line, state == DigitalState.HIGH);
		return super.state(state);
	}

}
