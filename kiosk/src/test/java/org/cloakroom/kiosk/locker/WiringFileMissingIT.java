package org.cloakroom.kiosk.locker;

import java.nio.file.Path;

import org.cloakroom.kiosk.CloakroomApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * A wiring file that is not there stops start-up in any home with one sentence naming the
 * setting, where it was set, the path and the tool that checks it, as Spring Boot prints
 * it; here a developer's run (no profile) of the whole application.
 */
@ExtendWith(OutputCaptureExtension.class)
class WiringFileMissingIT {

	@TempDir
	Path directory;

	@Test
	void namesTheSettingThePathAndGpioCheck(CapturedOutput output) {
		Path missing = this.directory.resolve("lockers.yaml");
		assertThatException()
			.isThrownBy(
					() -> SpringApplication.run(CloakroomApplication.class, "--spring.main.web-application-type=none",
							"--spring.datasource.url=jdbc:h2:mem:wiring-missing", "--cloakroom.ble.backend=simulated",
							"--cloakroom.locker.gpio-provider=mock", "--cloakroom.scheduling.enabled=false",
							"--cloakroom.enrolment.identity-key=94TBrHI/erLeboCd6KUAARjpw4lEwyEFaTv0NC4Gl30=",
							"--cloakroom.locker.wiring-file=" + missing))
			.havingRootCause()
			.isInstanceOf(WiringFileMissingException.class);
		String out = output.getOut();
		String description = out.substring(out.lastIndexOf("Description:") + "Description:".length(),
				out.lastIndexOf("Action:"));
		assertThat(description.strip()).isEqualTo("The wiring file " + missing
				+ " (cloakroom.locker.wiring-file, set on the command line) does not exist: put this door's wiring "
				+ "there (firmware-config/lockers/ has examples) and check it with `cloakroom gpio check " + missing
				+ "`.");
		assertThat(out.substring(out.lastIndexOf("Action:") + "Action:".length()).strip().lines()).containsExactly(
				"Create " + missing + ", then run: cloakroom gpio check " + missing,
				"Or correct the setting: Change --cloakroom.locker.wiring-file on the command line (on a kiosk, "
						+ "ExecStart in cloakroom.service)");
	}

}
