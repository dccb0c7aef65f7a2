package org.cloakroom.kiosk.wiring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class WiringReaderTest {

	private static final Path DEMO = Path.of("../firmware-config/lockers/demo.yaml");

	@Test
	void readsTheDemoBankOfTwelveLockersOnDistinctLines() {
		BankWiring demo = WiringReader.read(DEMO);

		assertThat(demo.bank()).isEqualTo("demo");
		assertThat(demo.lockers()).extracting(LockerWiring::id).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
		assertThat(demo.lockers()).extracting(LockerWiring::label)
			.containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");
		LockerWiring seventh = demo.locker(7).orElseThrow();
		assertThat(seventh.row()).isEqualTo(2);
		assertThat(seventh.column()).isEqualTo(3);
		assertThat(seventh.lock()).isEqualTo(new LockOutput(22, Level.HIGH, LockMode.HOLD));
		assertThat(seventh.door()).isEqualTo(new SensorInput(10, Pull.UP, Level.LOW, 25));
		assertThat(demo.outputs().areaDoor()).contains(new PulsedOutput(8, Level.HIGH, 3000, "kiosk-io"));
		assertThat(demo.inputs().tamper()).contains(new SensorInput(2, Pull.UP, Level.LOW, 50, "kiosk-io"));
		assertThat(demo.inputs().fireAlarmInput()).contains(new SensorInput(3, Pull.UP, Level.HIGH, 200, "kiosk-io"));
		assertThat(demo.lockers()).filteredOn((locker) -> locker.occupancySensor().isPresent())
			.extracting(LockerWiring::id)
			.containsExactly(1, 2);
	}

	@Test
	void refusesAnUnknownFieldNamingFileLineAndField() {
		assertThatExceptionOfType(WiringException.class)
			.isThrownBy(() -> WiringReader.read(Path.of("src/test/resources/locker/unknown-field.yaml")))
			.withMessageStartingWith("Locker wiring file src/test/resources/locker/unknown-field.yaml line 9, "
					+ "field lockers[0].occupany: unknown field 'occupany'")
			.withMessageContaining("occupancy");
	}

	@Test
	void refusesAFireAlarmOnALineADoorUsesNamingBothFields(@TempDir Path directory) throws IOException {
		Path file = directory.resolve("fire-alarm-twice.yaml");
		Files.writeString(file, """
				bank: fire-alarm-twice
				inputs:
				  fire-alarm: { line: 4, pull: up, active: high, debounce-ms: 200 }
				lockers:
				  - { id: 1, label: "1", row: 1, column: 1, lock: { line: 16, active: high, mode: hold },
				      door: { line: 4, pull: up, active: low, debounce-ms: 25 } }
				""");

		WiringReport report = WiringReader.check(file);

		assertThat(report.isUsable()).isFalse();
		assertThat(report.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.field()).isEqualTo("lockers[0].door.line");
			assertThat(problem.message())
				.isEqualTo("BCM line 4 is used twice: first by inputs.fire-alarm.line on line 3");
		});
	}

	@Test
	void refusesAMissingFieldNamingTheObjectItBelongsIn() {
		assertThatExceptionOfType(WiringException.class)
			.isThrownBy(() -> WiringReader.read(Path.of("src/test/resources/locker/missing-field.yaml")))
			.withMessage("Locker wiring file src/test/resources/locker/missing-field.yaml line 8, "
					+ "field lockers[0].door.debounce-ms: is missing");
	}

	@Test
	void refusesALockerIdUsedTwice() {
		assertThatExceptionOfType(WiringException.class)
			.isThrownBy(() -> WiringReader.read(Path.of("src/test/resources/locker/duplicate-id.yaml")))
			.withMessage("Locker wiring file src/test/resources/locker/duplicate-id.yaml line 9, field lockers[1].id: "
					+ "locker id 1 is used twice: first by lockers[0].id on line 3");
	}

	@Test
	void refusesABcmLineUsedAsOutputAndInput() {
		assertThatExceptionOfType(WiringException.class)
			.isThrownBy(() -> WiringReader.read(Path.of("src/test/resources/locker/line-twice.yaml")))
			.withMessage("Locker wiring file src/test/resources/locker/line-twice.yaml line 15, "
					+ "field lockers[1].door.line: BCM line 16 is both an output (lockers[0].lock.line on line 7) and an input");
	}

	@Test
	void refusesALineOutsideTheHeaderNamingTheValue() {
		assertThatExceptionOfType(WiringException.class)
			.isThrownBy(() -> WiringReader.read(Path.of("src/test/resources/locker/line-out-of-range.yaml")))
			.withMessage("Locker wiring file src/test/resources/locker/line-out-of-range.yaml line 8, "
					+ "field lockers[0].lock.line: BCM line 40 is not on the pi4's header, which has BCM 0 to 27 "
					+ "(0 and 1 reserved); use BCM 2 to 27");
	}

	@Test
	void refusesAMissingFileNamingIt() {
		assertThatExceptionOfType(WiringException.class)
			.isThrownBy(() -> WiringReader.read(Path.of("src/test/resources/locker/nowhere.yaml")))
			.withMessage(
					"Locker wiring file src/test/resources/locker/nowhere.yaml line 0, field (document): does not exist");
	}

}
