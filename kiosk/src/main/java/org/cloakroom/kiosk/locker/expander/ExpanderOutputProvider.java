package org.cloakroom.kiosk.locker.expander;

import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalOutputConfig;
import com.pi4j.io.gpio.digital.DigitalOutputProviderBase;

/**
 * The provider Pi4J's output base class asks for: the expander's outputs name it as
 * theirs; it is never one of the context's providers (see {@link ExpanderChips}).
 */
final class ExpanderOutputProvider extends DigitalOutputProviderBase {

	static final String ID = "cloakroom-mcp23017-digital-output";

	private final ExpanderChips chips;

	ExpanderOutputProvider(ExpanderChips chips) {
		super(ID, "MCP23017 expander digital output (I2C)");
		this.chips = chips;
	}

	@Override
	public DigitalOutput create(DigitalOutputConfig config) {
		return this.chips.output(this.chips.context(), config);
	}

}
