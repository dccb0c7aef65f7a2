package org.cloakroom.kiosk.locker.expander;

import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalInputConfig;
import com.pi4j.io.gpio.digital.DigitalInputProviderBase;

/** Pi4J's digital inputs on the wiring's MCP23017 expanders. */
public final class ExpanderInputProvider extends DigitalInputProviderBase {

	public static final String ID = "cloakroom-mcp23017-digital-input";

	private final ExpanderChips chips;

	public ExpanderInputProvider(ExpanderChips chips) {
		super(ID, "MCP23017 expander digital input (I2C)");
		this.chips = chips;
	}

	@Override
	public DigitalInput create(DigitalInputConfig config) {
		ExpanderChip chip = this.chips.chipAt(this.context, config.address());
		ExpanderInput input = new ExpanderInput(this, config, chip, ExpanderChips.line(config.address()));
		this.context.registry().add(input);
		return input;
	}

}
