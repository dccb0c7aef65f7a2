package org.cloakroom.kiosk.locker;

import java.nio.file.Files;
import java.nio.file.Path;

import org.cloakroom.kiosk.wiring.BankWiring;
import org.cloakroom.kiosk.wiring.WiringReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The simulation's demo bank travels inside the jar, so it starts from any folder. */
class WiringLocationTest {

	private static final Path DEMO = Path.of("../firmware-config/lockers/demo.yaml");

	@Test
	void aPathIsReadAsGiven() {
		assertThat(WiringLocation.path("../firmware-config/lockers/demo.yaml")).isEqualTo(DEMO);
		assertThat(WiringLocation.path("/etc/cloakroom/lockers.yaml"))
			.isEqualTo(Path.of("/etc/cloakroom/lockers.yaml"));
	}

	@Test
	void theDemoBankInsideTheJarIsFirmwareConfigsOwnReadFromAFileOfItsName() throws Exception {
		Path file = WiringLocation.path("classpath:simulation/demo.yaml");

		assertThat(file).isAbsolute().hasFileName("demo.yaml");
		assertThat(Files.readAllBytes(file)).as("the build copies firmware-config's file, the one source")
			.isEqualTo(Files.readAllBytes(DEMO));
		assertThat(WiringLocation.path("classpath:/simulation/demo.yaml")).as("the same content, the same file")
			.isEqualTo(file);
		BankWiring bank = WiringReader.read(file);
		assertThat(bank.lockers()).isNotEmpty();
	}

	@Test
	void aResourceThatIsNotInTheJarIsRefusedNamingTheSetting() {
		assertThatIllegalArgumentException().isThrownBy(() -> WiringLocation.path("classpath:simulation/none.yaml"))
			.withMessageStartingWith(
					"cloakroom.locker.wiring-file classpath:simulation/none.yaml is not inside the jar");
	}

}
