package org.cloakroom.kiosk.locker.expander;

import com.pi4j.context.Context;
import com.pi4j.exception.ShutdownException;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalOutputConfig;
import com.pi4j.io.gpio.digital.DigitalOutputProvider;
import com.pi4j.io.gpio.digital.DigitalOutputProviderBase;

/**
 * Pi4J's digital outputs on the wiring's MCP23017 expanders; it owns the chips and closes
 * them when the context shuts down (after the lines went to their shutdown levels).
 */
public final class ExpanderOutputProvider extends DigitalOutputProviderBase {

	public static final String ID = "cloakroom-mcp23017-digital-output";

	private final ExpanderChips chips;

	public ExpanderOutputProvider(ExpanderChips chips) {
		super(ID, "MCP23017 expander digital output (I2C)");
		this.chips = chips;
	}

	public ExpanderChips chips() {
		return this.chips;
	}

	@Override
	public DigitalOutput create(DigitalOutputConfig config) {
		ExpanderChip chip = this.chips.chipAt(this.context, config.address());
		ExpanderOutput output = new ExpanderOutput(this, config, chip, ExpanderChips.line(config.address()));
		this.context.registry().add(output);
		return output;
	}

	@Override
	public DigitalOutputProvider shutdown(Context context) throws ShutdownException {
		this.chips.close();
		return super.shutdown(context);
	}

}
