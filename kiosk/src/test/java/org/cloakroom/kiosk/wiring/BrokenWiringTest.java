package org.cloakroom.kiosk.wiring;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Each broken file in src/test/resources/wiring/broken, with its own problems. */
class BrokenWiringTest {

	private static final Path BROKEN = Path.of("src/test/resources/wiring/broken");

	@Test
	void refusesADoorLineUsedTwice() {
		assertThat(BrokenWiring.problems("door-line-twice.yaml")).containsExactly(
				"line 14, field lockers[1].door.line: BCM line 5 is used twice: first by lockers[0].door.line on line 8");
	}

	@Test
	void refusesALineThatIsBothOutputAndInput() {
		assertThat(BrokenWiring.problems("line-both-ways.yaml")).containsExactly("line 10, field lockers[0].door.line: "
				+ "BCM line 5 is both an output (outputs.buzzer.line on line 3) and an input");
	}

	@Test
	void refusesALineTheBoardDoesNotHave() {
		assertThat(BrokenWiring.problems("line-not-on-board.yaml"))
			.containsExactly("line 8, field lockers[0].lock.line: "
					+ "BCM line 28 is not on the pi5's header, which has BCM 0 to 27 (0 and 1 reserved); use BCM 2 to 27");
	}

	@Test
	void refusesTheHatEepromLines() {
		assertThat(BrokenWiring.problems("line-reserved.yaml")).containsExactly("line 8, field lockers[0].door.line: "
				+ "BCM line 1 is reserved for the HAT EEPROM (ID_SD/ID_SC) on the pi4; use BCM 2 to 27");
	}

	@Test
	void refusesAnUnknownFieldAndSaysWhichAreKnown() {
		assertThat(BrokenWiring.problems("unknown-field.yaml")).containsExactly(
				"line 8, field lockers[0].door.debounce: unknown field 'debounce'; "
						+ "known fields are [line, pull, active, debounce-ms, expander, board, channel]",
				"line 8, field lockers[0].door.debounce-ms: is missing");
	}

	@Test
	void refusesALockerWithoutADoorSensor() {
		assertThat(BrokenWiring.problems("missing-door-sensor.yaml"))
			.containsExactly("line 3, field lockers[0].door: is missing");
	}

	@Test
	void refusesADuplicateLockerId() {
		assertThat(BrokenWiring.problems("duplicate-locker-id.yaml")).containsExactly(
				"line 9, field lockers[1].id: locker id 1 is used twice: first by lockers[0].id on line 3");
	}

	@Test
	void refusesAnUnknownLevelListingTheKnownOnes() {
		assertThat(BrokenWiring.problems("bad-level.yaml"))
			.containsExactly("line 7, field lockers[0].lock.active: must be one of low, high, was 'hihg'");
	}

	@Test
	void refusesAPulseModeLockWithoutItsDuration() {
		assertThat(BrokenWiring.problems("pulse-without-duration.yaml"))
			.containsExactly("line 7, field lockers[0].lock.pulse-ms: is missing");
	}

	@Test
	void refusesADebounceBeyondASecond() {
		assertThat(BrokenWiring.problems("debounce-too-long.yaml"))
			.containsExactly("line 8, field lockers[0].door.debounce-ms: must be from 0 to 1000 ms, was 5000");
	}

	@Test
	void refusesALineOnAnExpanderThatIsNotDeclared() {
		assertThat(BrokenWiring.problems("expander-not-declared.yaml")).containsExactly(
				"line 8, field lockers[0].door.expander: expander 'doors-a' is not declared under expanders (none is)");
	}

	@Test
	void refusesAPullTheExpanderDoesNotHave() {
		assertThat(BrokenWiring.problems("expander-pull-down.yaml"))
			.containsExactly("line 10, field lockers[0].door.pull: "
					+ "expander doors-a (mcp23017) has no pull-down; use pull: up, or off with a resistor on the board");
	}

	@Test
	void refusesTheI2cLinesAndExpanderLinesBeyondTheChip() {
		assertThat(BrokenWiring.problems("i2c-line-taken.yaml")).containsExactly(
				"line 9, field lockers[0].lock.line: BCM line 2 is the I2C bus (SDA) that the expanders are on; "
						+ "use BCM 4 to 27",
				"line 10, field lockers[0].door.line: line 16 is not on expander doors-a, a mcp23017 with lines 0 to 15");
	}

	@Test
	void refusesAKeyGivenTwice() {
		assertThat(BrokenWiring.problems("duplicate-key.yaml"))
			.containsExactly("line 9, field lockers[0].door: Duplicate Object property \"door\"");
	}

	@Test
	void reportsEveryProblemOfTheRecordsNotJustTheFirst() {
		assertThat(BrokenWiring.problems("many-problems.yaml")).containsExactly(
				"line 2, field board: must be one of pi4, pi5, was 'pi3'",
				"line 5, field outputs.area-door-release.pulse-ms: is missing",
				"line 11, field lockers[0].lock.line: must be a whole number, was 'sixteen'",
				"line 12, field lockers[0].door.pull: must be one of up, down, off, was 'sideways'",
				"line 13, field lockers[1].label: is missing",
				"line 16, field lockers[1].lock.colour: unknown field 'colour'; "
						+ "known fields are [line, active, mode, pulse-ms, expander, board, channel]");
	}

	@Test
	void reportsEveryBrokenRuleNotJustTheFirst() {
		assertThat(BrokenWiring.problems("rules-broken-twice.yaml")).containsExactly(
				"line 10, field lockers[1].id: locker id 1 is used twice: first by lockers[0].id on line 4",
				"line 11, field lockers[1].label: label 'A1' is used twice: first by lockers[0].label on line 5",
				"line 13, field lockers[1].column: position row 1 column 1 is used twice: first by lockers[0].column on line 7",
				"line 14, field lockers[1].lock.line: BCM line 16 is used twice: first by lockers[0].lock.line on line 8",
				"line 15, field lockers[1].door.line: BCM line 40 is not on the pi4's header, which has BCM 0 to 27 "
						+ "(0 and 1 reserved); use BCM 2 to 27");
	}

	@Test
	void pointsATabAtItsOwnLineNotTheOneBefore() {
		assertThat(BrokenWiring.problems("tab-indent.yaml")).singleElement()
			.asString()
			.startsWith("line 6, field lockers[0].row: found character '\\t(TAB)' that cannot start any token");
	}

	@Test
	void refusesASecondYamlDocumentAtItsLine() {
		assertThat(BrokenWiring.problems("two-documents.yaml")).containsExactly(
				"line 10, field (document): " + "a second YAML document starts here; a wiring file is one document "
						+ "(remove the '---' and what follows, or split the file)");
	}

	@Test
	void refusesANullValueInsteadOfReadingItAsText() {
		assertThat(BrokenWiring.problems("null-label.yaml")).containsExactly(
				"line 4, field lockers[0].label: has no value (~, null or nothing); give one or leave the field out");
	}

	@Test
	void refusesAnAliasAndItsAnchorInsteadOfReadingTheAliasAsText() {
		assertThat(BrokenWiring.problems("alias-label.yaml")).containsExactly(
				"line 1, field bank: has an anchor (&name); a wiring file uses no anchors or aliases",
				"line 4, field lockers[0].label: is an alias (*name); write the value itself, "
						+ "a wiring file uses no anchors or aliases");
	}

	@Test
	void refusesAnAnchorOnAMapping() {
		assertThat(BrokenWiring.problems("anchor-door.yaml")).containsExactly(
				"line 8, field lockers[0].door: has an anchor (&door); a wiring file uses no anchors or aliases");
	}

	@Test
	void refusesBytesThatAreNotUtf8WithLineByteOffsetAndField() {
		assertThat(BrokenWiring.problems("latin1-label.yaml")).containsExactly(
				"line 4, field lockers[0].label: is not UTF-8: byte 0xE9 at byte offset 47; save the file as UTF-8");
	}

	@Test
	void refusesABidiControlInALabel() {
		assertThat(BrokenWiring.problems("bidi-label.yaml")).containsExactly("line 4, field lockers[0].label: "
				+ "holds the bidi control character U+202E at character 3, which can disguise the text; remove it");
	}

	@Test
	void reportsDeepNestingAtItsLine() {
		assertThat(BrokenWiring.problems("deep-nesting.yaml"))
			.containsExactly("line 9, field " + "lockers[0].extra[0][0][0][0][0][0][0][0][0]… (500 levels deep): "
					+ "is nested too deeply (more than 500 levels); a wiring file needs a few");
	}

	@Test
	void refusesAFifoAtOnceWithoutOpeningIt(@TempDir Path dir) throws Exception {
		Path fifo = WiringFixtures.fifo(dir.resolve("lockers.yaml"));
		WiringReport report = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> WiringReader.check(fifo));
		assertThat(report.problems()).singleElement()
			.hasToString(fifo + " line 0, field (document): is a FIFO (named pipe), not a regular file; "
					+ "give the wiring file");
	}

	@Test
	void refusesADirectoryAndADevice(@TempDir Path dir) {
		assertThat(WiringReader.check(dir).problems()).singleElement()
			.extracting(WiringProblem::message)
			.isEqualTo("is a directory, not a regular file; give the wiring file");
		assertThat(WiringReader.check(Path.of("/dev/zero")).problems()).singleElement()
			.extracting(WiringProblem::message)
			.isEqualTo("is a character device, not a regular file; give the wiring file");
	}

	@Test
	void stopsReadingWithEveryProblemInTheMessageEachNamingTheFile() {
		Path file = BROKEN.resolve("rules-broken-twice.yaml");
		assertThatExceptionOfType(WiringException.class).isThrownBy(() -> WiringReader.read(file))
			.withMessageStartingWith(
					"Locker wiring file " + file + " has 5 problems:\n" + file + " line 10, field lockers[1].id: ")
			.satisfies((ex) -> assertThat(ex.problems()).hasSize(5)
				.allSatisfy((problem) -> assertThat(problem.file()).isEqualTo(file)));
	}

}
