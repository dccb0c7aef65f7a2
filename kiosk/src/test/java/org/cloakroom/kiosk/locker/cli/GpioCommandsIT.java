package org.cloakroom.kiosk.locker.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;

import org.cloakroom.kiosk.cli.FieldTools;
import org.cloakroom.kiosk.wiring.WiringFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** {@code gpio check} and {@code gpio test} through the field tools' command line. */
class GpioCommandsIT {

	private static final String DEMO = "../firmware-config/lockers/demo.yaml";

	private static final String BROKEN = "src/test/resources/wiring/broken/";

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	private int run(String... args) {
		return FieldTools.commandLine(new PrintWriter(this.out, true), new PrintWriter(this.err, true)).execute(args);
	}

	@Test
	void checkSummarisesAValidFileAndExitsZero() {
		int exit = run("gpio", "check", DEMO);

		assertThat(exit).isZero();
		assertThat(this.out.toString()).contains("\"valid\" : true")
			.contains("\"lockers\" : 12")
			.contains("\"occupancySensors\" : 2")
			.contains("\"kiosk-io\" : 7")
			.contains("\"fire-alarm\" : \"line 3 of expander kiosk-io\"")
			.contains("\"area-door-release\" : \"line 8 of expander kiosk-io, pulse 3000 ms\"");
		assertThat(this.err.toString()).isEmpty();
	}

	@Test
	void checkPassesAFileWithBootTimeWarningsAndPrintsEachOnStandardError() {
		String file = "../firmware-config/lockers/east-wing-24.yaml";

		int exit = run("gpio", "check", file);

		assertThat(exit).isZero();
		assertThat(this.out.toString()).contains("\"lockers\" : 24").contains("\"doors-a\" : 16");
		assertThat(this.err.toString().lines()).hasSize(19)
			.allSatisfy((line) -> assertThat(line).startsWith("warning: " + file + " line "));
	}

	@Test
	void checkReportsEveryProblemWithFileLineAndFieldAndExitsOne() {
		String file = BROKEN + "many-problems.yaml";

		int exit = run("gpio", "check", file);

		assertThat(exit).isEqualTo(1);
		assertThat(this.out.toString()).contains("\"valid\" : false")
			.contains("\"problemCount\" : 6")
			.contains("\"field\" : \"lockers[1].lock.colour\"");
		assertThat(this.err.toString().lines()).hasSize(6)
			.allSatisfy((line) -> assertThat(line).startsWith("error: " + file + " line "))
			.contains("error: " + file + " line 13, field lockers[1].label: is missing");
	}

	@Test
	void checkOfAMissingFileIsOneProblemAndExitCodeOne() {
		String file = BROKEN + "nowhere.yaml";

		int exit = run("gpio", "check", file);

		assertThat(exit).isEqualTo(1);
		assertThat(this.out.toString()).contains("\"valid\" : false").contains("\"problemCount\" : 1");
		assertThat(this.err.toString().lines()).singleElement()
			.asString()
			.isEqualTo("error: " + file + " line 0, field (document): does not exist");
	}

	@Test
	void checkOfTwoYamlDocumentsNamesTheLineOfTheSecondAsJsonAndExitsOne() {
		String file = BROKEN + "two-documents.yaml";

		int exit = run("gpio", "check", file);

		assertThat(exit).isEqualTo(1);
		assertThat(this.out.toString()).contains("\"valid\" : false")
			.contains("\"problemCount\" : 1")
			.contains("\"line\" : 10")
			.contains("\"file\" : \"" + file + "\"")
			.contains("a second YAML document starts here");
		assertThat(this.err.toString().lines()).containsExactly("error: " + file
				+ " line 10, field (document): a second YAML document starts here; a wiring file is one document "
				+ "(remove the '---' and what follows, or split the file)");
	}

	@Test
	void checkOfAFifoAnswersAtOnceWithTheProblemAndExitsOne(@TempDir Path dir) throws Exception {
		Path fifo = WiringFixtures.fifo(dir.resolve("lockers.yaml"));

		int exit = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> run("gpio", "check", fifo.toString()));

		assertThat(exit).isEqualTo(1);
		assertThat(this.out.toString()).contains("\"valid\" : false")
			.contains("is a FIFO (named pipe), not a regular file");
		assertThat(this.err.toString().lines()).containsExactly("error: " + fifo
				+ " line 0, field (document): is a FIFO (named pipe), not a regular file; give the wiring file");
	}

	@Test
	void testUnlocksOneLockerOnTheMockProviderAndReportsItsSensors() {
		int exit = run("gpio", "test", "--locker", "1", "--wiring", DEMO, "--provider", "mock", "--open-for", "0ms");

		assertThat(exit).isZero();
		assertThat(this.out.toString()).contains("\"locker\" : 1")
			.contains("\"lockLine\" : \"BCM 16\"")
			.contains("\"unlockedWhenCommanded\" : true")
			.contains("\"before\" : {\n    \"doorOpen\" : false,\n    \"occupied\" : true,\n    \"locked\" : true")
			.contains("\"after\" : {\n    \"doorOpen\" : false,\n    \"occupied\" : true,\n    \"locked\" : true");
	}

	@Test
	void testOfALockerThatIsNotWiredIsOneLineAndExitCodeOne() {
		int exit = run("gpio", "test", "--locker", "99", "--wiring", DEMO, "--provider", "mock");

		assertThat(exit).isEqualTo(1);
		assertThat(this.err.toString().lines()).containsExactly("error: Locker 99 does not exist");
	}

	@Test
	void testOfABrokenWiringFileNamesItsFirstProblemLine() {
		int exit = run("gpio", "test", "--locker", "1", "--wiring", BROKEN + "line-reserved.yaml", "--provider",
				"mock");

		assertThat(exit).isEqualTo(1);
		assertThat(this.err.toString()).startsWith("error: Locker wiring file " + BROKEN
				+ "line-reserved.yaml line 8, field lockers[0].door.line: BCM line 1 is reserved");
	}

	@Test
	void testRefusesAnUnknownProviderAsABadArgument() {
		int exit = run("gpio", "test", "--locker", "1", "--wiring", DEMO, "--provider", "wiringpi");

		assertThat(exit).isEqualTo(2);
		assertThat(this.err.toString()).contains("'wiringpi' is not a GPIO provider: use gpiod or mock");
	}

}
