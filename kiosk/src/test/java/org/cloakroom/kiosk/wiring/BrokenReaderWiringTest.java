package org.cloakroom.kiosk.wiring;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The broken {@code readers:} in src/test/resources/wiring/broken, each problem with its
 * line and field, as {@link BrokenWiringTest} checks the rest of the file.
 */
class BrokenReaderWiringTest {

	@Test
	void refusesTheFieldsOfAnotherReaderTypeAndAsksForTheMissingOnes() {
		assertThat(BrokenWiring.problems("reader-fields-of-another-type.yaml")).containsExactly(
				"line 3, field readers[0].device: is missing: a keyboard-wedge reader needs it",
				"line 6, field readers[0].d0: applies to wiegand readers only, and this reader is keyboard-wedge; "
						+ "remove it",
				"line 11, field readers[1].pcsc-reader: applies to pcsc readers only, and this reader is wiegand; "
						+ "remove it",
				"line 7, field readers[1].d1: is missing: a wiegand reader needs it",
				"line 7, field readers[1].frame: is missing: a wiegand reader needs it",
				"line 14, field readers[2].format: badge format as-typed applies to keyboard-wedge readers only, "
						+ "not to a pcsc reader; use decimal or hex",
				"line 17, field readers[3].format: badge format piv applies to PC/SC readers only, "
						+ "not to a keyboard-wedge reader; use decimal or hex",
				"line 10, field readers[1].d0: BCM line 20 is used twice: first by readers[0].d0 on line 6");
	}

	@Test
	void refusesAReaderNameTwiceAndChecksWiegandWiresAsInputLines() {
		assertThat(BrokenWiring.problems("reader-lines-and-names.yaml")).containsExactly(
				"line 9, field readers[1].name: badge reader name 'door' is used twice: first by readers[0].name on line 3",
				"line 11, field readers[1].format: badge format facility-card needs a wiegand-26 or wiegand-34 frame, "
						+ "which has a facility code; a raw frame has none; use decimal or hex",
				"line 7, field readers[0].d0: BCM line 5 is used twice: first by lockers[0].door.line on line 21",
				"line 8, field readers[0].d1: BCM line 1 is reserved for the HAT EEPROM (ID_SD/ID_SC) on the pi4; "
						+ "use BCM 2 to 27",
				"line 13, field readers[1].d0: BCM line 16 is both an output (lockers[0].lock.line on line 20) "
						+ "and an input");
	}

}
