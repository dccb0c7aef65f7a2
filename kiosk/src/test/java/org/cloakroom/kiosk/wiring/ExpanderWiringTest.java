package org.cloakroom.kiosk.wiring;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An expander's I2C bus, polling period and interrupt line, as the wiring file gives
 * them.
 */
class ExpanderWiringTest {

	private static final Path WIRING = Path.of("src/test/resources/wiring");

	@Test
	void readsTheBusThePollingPeriodAndTheInterruptLineWithTheirDefaults() {
		BankWiring bank = WiringReader.read(WIRING.resolve("two-buses.yaml"));

		Expander doorsA = bank.expander("doors-a").orElseThrow();
		Expander doorsB = bank.expander("doors-b").orElseThrow();
		assertThat(doorsA.busDevice()).isEqualTo("/dev/i2c-1");
		assertThat(doorsA.interrupt()).contains(17);
		assertThat(doorsA.pollMs()).as("with an interrupt line: the liveness check").isEqualTo(1000);
		assertThat(doorsB.busDevice()).isEqualTo("/dev/i2c-3");
		assertThat(doorsB.interrupt()).isEmpty();
		assertThat(doorsB.pollMs()).isEqualTo(50);
		assertThat(new Expander("e", ExpanderType.MCP23017, 0x27).pollMs()).isEqualTo(20);
	}

	@Test
	void refusesABusAPollingPeriodAndAnInterruptLineOutOfRange() {
		assertThat(BrokenWiring.problems("expander-fields-out-of-range.yaml")).containsExactlyInAnyOrder(
				"line 3, field expanders[0].i2c-bus: must be from 0 to 31 (/dev/i2c-N), was 40",
				"line 4, field expanders[1].poll-ms: must be from 5 to 1000 ms, was 2",
				"line 5, field expanders[2].interrupt-line: must be at least 0, was -1");
	}

	@Test
	void countsTheInterruptLineAsAHeaderInputAndTheAddressOncePerBus() {
		assertThat(BrokenWiring.problems("interrupt-line-taken.yaml")).containsExactlyInAnyOrder(
				"line 4, field expanders[1].i2c-address: I2C address 0x20 on /dev/i2c-1 is used twice: "
						+ "first by expanders[0].i2c-address on line 3",
				"line 4, field expanders[1].interrupt-line: BCM line 3 is the I2C bus (SCL) that the expanders are "
						+ "on; use BCM 4 to 27",
				"line 11, field lockers[0].door.line: BCM line 17 is used twice: first by "
						+ "expanders[0].interrupt-line on line 3");
	}

}
