package org.cloakroom.kiosk.home;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.cloakroom.kiosk.cli.Launcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The refusal as the installer sees it on the console or in the journal: the program
 * started as a process the way the unit starts it (the jar's entry point on the test
 * class path, the kiosk profile, a setting from the service's environment), printing the
 * sentence in a few lines, no stack trace, and exiting with 78 (EX_CONFIG), which the
 * unit need not restart. A temporary folder stands in for /etc/cloakroom and
 * /var/lib/cloakroom/secrets.
 */
class RefusedProcessIT {

	@TempDir
	Path root;

	@Test
	void printsOneSentenceWithoutAStackTraceAndExitsWithExConfig() throws Exception {
		Path secrets = Files.createDirectories(this.root.resolve("secrets"),
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
		Path wiring = Files.copy(Path.of("../firmware-config/lockers/bench-12.yaml"),
				this.root.resolve("lockers.yaml"));
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx128m", "-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
				"--spring.profiles.active=kiosk", "--cloakroom.enrolment.identity-key=" + KioskHomeRefusalsIT.KEY,
				"--cloakroom.secrets.dir=" + secrets, "--cloakroom.locker.wiring-file=" + wiring,
				"--spring.config.additional-location=optional:file:" + this.root + "/")
			.directory(this.root.toFile())
			.redirectErrorStream(true)
			.redirectOutput(this.root.resolve("out.log").toFile());
		builder.environment().put("CLOAKROOM_BLE_BACKEND", "simulated");
		Process process = builder.start();
		try {
			assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the refused kiosk ends by itself").isTrue();
		}
		finally {
			process.destroyForcibly();
		}
		List<String> lines = Files.readAllLines(this.root.resolve("out.log"), StandardCharsets.UTF_8);
		assertThat(process.exitValue()).as("EX_CONFIG, which the unit does not restart").isEqualTo(78);
		assertThat(lines).as(String.join("\n", lines))
			.hasSizeLessThan(25)
			.noneMatch((line) -> line.startsWith("\tat ") || line.contains("Exception"))
			.contains("The kiosk home refuses cloakroom.ble.backend=simulated, set by the environment variable "
					+ "CLOAKROOM_BLE_BACKEND, because it is the simulated radio: remove it so the kiosk scans with "
					+ "its Bluetooth adapters.",
					"Change CLOAKROOM_BLE_BACKEND in the service's environment (on a kiosk, "
							+ "/etc/cloakroom/cloakroom.env), then: sudo systemctl restart cloakroom");
	}

}
