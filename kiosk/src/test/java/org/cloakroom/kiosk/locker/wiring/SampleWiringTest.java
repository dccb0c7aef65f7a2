package org.cloakroom.kiosk.locker.wiring;

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
