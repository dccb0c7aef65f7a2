package org.cloakroom.kiosk.locker.expander;

import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalInputConfig;
import com.pi4j.io.gpio.digital.DigitalInputProviderBase;

/**
 * The provider Pi4J's input base class asks for: the expander's inputs name it as theirs;
 * it is never one of the context's providers (see {@link ExpanderChips}).
 */
final class ExpanderInputProvider extends DigitalInputProviderBase {

	static final String ID = "cloakroom-mcp23017-digital-input";

	private final ExpanderChips chips;

	ExpanderInputProvider(ExpanderChips chips) {
		super(ID, "MCP23017 expander digital input (I2C)");
		this.chips = chips;
	}

	@Override
	public DigitalInput create(DigitalInputConfig config) {
		return this.chips.input(this.chips.context(), config);
	}

}
