package org.cloakroom.kiosk.locker.expander;

import java.util.List;
import java.util.function.LongSupplier;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.plugin.mock.platform.MockPlatform;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;

import org.cloakroom.kiosk.wiring.Expander;

/**
 * A Pi4J context as a Pi with expanders has, with stand-ins for the hardware: Pi4J's mock
 * digital providers for the header (interrupt lines included) and MCP23017 register
 * models on a mock I2C bus where linuxfs would open /dev/i2c-N; the expander driver is
 * the production one.
 */
public final class ExpanderTestContexts {

	private ExpanderTestContexts() {
	}

	public static Context open(List<Expander> expanders, Mcp23017Bus bus, LongSupplier ticker) {
		Context context = Pi4J.newContextBuilder()
			.noAutoDetect()
			.disableShutdownHook()
			.add(new MockPlatform())
			.add(MockDigitalInputProvider.newInstance(), MockDigitalOutputProvider.newInstance())
			.add(bus)
			.build();
		new ExpanderChips(expanders, Mcp23017Bus.ID, MockDigitalInputProvider.ID, ticker).attach(context);
		return context;
	}

	/** The context's expander driver. */
	public static ExpanderChips chips(Context context) {
		return ExpanderChips.of(context).orElseThrow();
	}

}
