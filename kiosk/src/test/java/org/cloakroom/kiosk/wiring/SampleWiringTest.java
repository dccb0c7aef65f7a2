package org.cloakroom.kiosk.wiring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample banks in firmware-config/lockers are valid and wired as their comments say.
 */
class SampleWiringTest {

	private static final Path LOCKERS = Path.of("../firmware-config/lockers");

	@Test
	void everySampleFileIsValid() throws IOException {
		try (Stream<Path> files = Files.list(LOCKERS)) {
			List<WiringReport> reports = files.filter((file) -> file.toString().endsWith(".yaml"))
				.map(WiringReader::check)
				.toList();
			assertThat(reports).hasSizeGreaterThanOrEqualTo(3)
				.allSatisfy((report) -> assertThat(report.problems()).isEmpty());
		}
	}

	@Test
	void theEastWingBankHas24ActiveLowRelayLocksAndItsDoorsOnTwoExpanders() {
		BankWiring bank = WiringReader.read(LOCKERS.resolve("east-wing-24.yaml"));

		assertThat(bank.lockers()).hasSize(24);
		assertThat(bank.lockers()).allSatisfy((locker) -> {
			assertThat(locker.lock().active()).isEqualTo(Level.LOW);
			assertThat(locker.lock().onExpander()).isEmpty();
		});
		assertThat(bank.lockers()).extracting((locker) -> locker.lock().line())
			.containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(4, 27).boxed().toList());
		assertThat(bank.lockers()).extracting((locker) -> locker.door().expander()).containsOnly("doors-a", "doors-b");
		assertThat(bank.expanders()).extracting(Expander::i2cAddress).containsExactly(0x20, 0x21);
	}

	@Test
	void warnsThatTheEastWingRelaysPulledDownAtBootNeedTheirPullUps() {
		WiringReport report = WiringReader.check(LOCKERS.resolve("east-wing-24.yaml"));

		assertThat(report.warnings()).hasSize(19)
			.allSatisfy((warning) -> assertThat(warning.message()).contains("is pulled down from power-on")
				.contains("fit a 10 kOhm pull-up"));
		assertThat(report.warnings().get(0).field()).isEqualTo("lockers[5].lock.active");
		assertThat(WiringReader.check(LOCKERS.resolve("bench-12.yaml")).warnings()).isEmpty();
		assertThat(WiringReader.check(LOCKERS.resolve("demo.yaml")).warnings()).isEmpty();
	}

	@Test
	void warnsOfEveryLockThatABootingPiWouldUnlockNamingLineAndField() {
		WiringReport report = WiringReader.check(Path.of("src/test/resources/wiring/boot-unsafe.yaml"));

		assertThat(report.isUsable()).isTrue();
		assertThat(report.warnings())
			.extracting((warning) -> warning.line() + " " + warning.field() + ": " + warning.message())
			.containsExactly(
					"9 lockers[0].lock.active: BCM line 5 is pulled up from power-on until config.txt or the kiosk "
							+ "drives it, and high unlocks this lock: a booting Pi would switch it on; "
							+ "use a line from BCM 9 to 27, or fit a 10 kOhm pull-down",
					"15 lockers[1].lock.active: BCM line 20 is pulled down from power-on until config.txt or the kiosk "
							+ "drives it, and low unlocks this lock: a booting Pi would switch it on; fit a 10 kOhm "
							+ "pull-up to 3V3 on the relay input and set gpio=20=op,dh in config.txt");
	}

	@Test
	void theHeaderOnlyBenchBankKeepsEveryActiveHighLockOnALinePulledDownAtBoot() {
		BankWiring bank = WiringReader.read(LOCKERS.resolve("bench-12.yaml"));

		assertThat(bank.expanders()).isEmpty();
		assertThat(bank.lockers()).allSatisfy((locker) -> {
			assertThat(locker.lock().active()).isEqualTo(Level.HIGH);
			assertThat(locker.lock().line()).as("pulled down from power-on").isBetween(9, 27);
		});
		assertThat(bank.outputs().areaDoor()).isPresent();
		assertThat(bank.inputs().tamper()).isPresent();
	}

}
