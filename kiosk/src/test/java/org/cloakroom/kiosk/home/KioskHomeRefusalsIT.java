package org.cloakroom.kiosk.home;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import org.cloakroom.kiosk.CloakroomApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The kiosk home's refusals as an installer reads them: the whole application started as
 * the service starts it (the kiosk profile, /etc/cloakroom/ as an additional config
 * location), each refusal printed by Spring Boot's failure analysis as one sentence and
 * what fixes it, before any bean is made. A temporary folder stands in for /etc/cloakroom
 * and for /var/lib/cloakroom/secrets.
 */
@ExtendWith(OutputCaptureExtension.class)
class KioskHomeRefusalsIT {

	/** A well-formed identity key, so that only the setting under test is refused. */
	static final String KEY = "94TBrHI/erLeboCd6KUAARjpw4lEwyEFaTv0NC4Gl30=";

	private static final String FROM_COMMAND_LINE = "Change --%s on the command line (on a kiosk, ExecStart in cloakroom.service)";

	@TempDir
	Path root;

	Path etc;

	Path secrets;

	Path wiring;

	@BeforeEach
	void installedLayout() throws IOException {
		this.etc = Files.createDirectories(this.root.resolve("etc/cloakroom"));
		this.secrets = Files.createDirectories(this.root.resolve("var/lib/cloakroom/secrets"),
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
		this.wiring = Files.copy(Path.of("../firmware-config/lockers/bench-12.yaml"), this.etc.resolve("lockers.yaml"));
	}

	@Test
	void refusesTheSimulationProfileBesideTheKioskProfile(CapturedOutput output) {
		PrintedAnalysis analysis = refused(output, "--spring.profiles.active=kiosk,simulation");
		assertThat(analysis.description()).containsExactly("The kiosk home refuses the simulation profile "
				+ "(spring.profiles.active=kiosk,simulation, set on the command line): start the kiosk with "
				+ "--spring.profiles.active=kiosk alone, or the simulation without the kiosk profile.");
		assertThat(analysis.action()).containsExactly(FROM_COMMAND_LINE.formatted("spring.profiles.active"));
	}

	@Test
	void refusesTheSimulatedRadioNamingTheFileAndLineThatSetIt(CapturedOutput output) throws IOException {
		Path file = this.etc.resolve("application.yml");
		Files.writeString(file, """
				# an installer's overrides
				cloakroom:
				  ble:
				    backend: simulated
				""");
		PrintedAnalysis analysis = refused(output, "--spring.profiles.active=kiosk");
		assertThat(analysis.description())
			.containsExactly("The kiosk home refuses cloakroom.ble.backend=simulated, set in " + file
					+ " line 4, because it is the simulated radio: remove it so the kiosk scans with its "
					+ "Bluetooth adapters.");
		assertThat(analysis.action())
			.containsExactly("Edit " + file + " line 4, then: sudo systemctl restart cloakroom");
	}

	@Test
	void refusesTheMockGpioProvider(CapturedOutput output) {
		PrintedAnalysis analysis = refused(output, "--spring.profiles.active=kiosk",
				"--cloakroom.locker.gpio-provider=mock");
		assertThat(analysis.description())
			.containsExactly("The kiosk home refuses cloakroom.locker.gpio-provider=mock, "
					+ "set on the command line, because it is Pi4J's mock provider, which opens no lock: remove it so the "
					+ "kiosk drives its locks through gpiod.");
		assertThat(analysis.action()).containsExactly(FROM_COMMAND_LINE.formatted("cloakroom.locker.gpio-provider"));
	}

	@Test
	void refusesTheSimulationSwitchedOn(CapturedOutput output) {
		PrintedAnalysis analysis = refused(output, "--spring.profiles.active=kiosk",
				"--cloakroom.simulation.enabled=true");
		assertThat(analysis.description()).containsExactly("The kiosk home refuses cloakroom.simulation.enabled=true, "
				+ "set on the command line, because it brings the demo people and the simulation's control panel: "
				+ "remove it or set it to false.");
	}

	@Test
	void refusesAWiringFileInsideTheJar(CapturedOutput output) {
		PrintedAnalysis analysis = refused(output, "--spring.profiles.active=kiosk",
				"--cloakroom.locker.wiring-file=classpath:simulation/demo.yaml");
		assertThat(analysis.description()).containsExactly("The kiosk home refuses "
				+ "cloakroom.locker.wiring-file=classpath:simulation/demo.yaml, set on the command line, because it is "
				+ "a demo bank inside the jar, not this door's wiring: point it at /etc/cloakroom/lockers.yaml and "
				+ "check that file with `cloakroom gpio check /etc/cloakroom/lockers.yaml`.");
	}

	@Test
	void refusesADatabaseInMemory(CapturedOutput output) {
		PrintedAnalysis analysis = refused(output, "--spring.profiles.active=kiosk",
				"--spring.datasource.url=jdbc:h2:mem:door");
		assertThat(analysis.description())
			.containsExactly("The kiosk home refuses spring.datasource.url=jdbc:h2:mem:door, "
					+ "set on the command line, because it is a database in memory, which loses every record when the "
					+ "kiosk stops: remove it so the kiosk keeps its database in /var/lib/cloakroom/data.");
	}

	@Test
	void namesEverySimulatedSettingAtOnce(CapturedOutput output) {
		PrintedAnalysis analysis = refused(output, "--spring.profiles.active=kiosk",
				"--cloakroom.locker.gpio-provider=mock", "--cloakroom.ble.backend=simulated");
		assertThat(analysis.description()).hasSize(2)
			.anySatisfy((line) -> assertThat(line).startsWith("The kiosk home refuses cloakroom.ble.backend=simulated"))
			.anySatisfy((line) -> assertThat(line)
				.startsWith("The kiosk home refuses cloakroom.locker.gpio-provider=mock"));
	}

	@Test
	void refusesAMissingWiringFileBeforeTheLongStart(CapturedOutput output) throws IOException {
		Files.delete(this.wiring);
		PrintedAnalysis analysis = refused(output, "--spring.profiles.active=kiosk");
		assertThat(analysis.description()).containsExactly("The wiring file " + this.wiring
				+ " (cloakroom.locker.wiring-file, set on the command line) does not exist: put this door's wiring "
				+ "there (firmware-config/lockers/ has examples) and check it with `cloakroom gpio check " + this.wiring
				+ "`.");
		assertThat(analysis.action()).containsExactly(
				"Create " + this.wiring + ", then run: cloakroom gpio check " + this.wiring,
				"Or correct the setting: " + FROM_COMMAND_LINE.formatted("cloakroom.locker.wiring-file"));
	}

	@Test
	void refusesAMissingIdentityKeyNamingTheEnvironmentFile(CapturedOutput output) {
		PrintedAnalysis analysis = refusedWith(output,
				List.of("--spring.profiles.active=kiosk", "--cloakroom.secrets.dir=" + this.secrets,
						"--cloakroom.locker.wiring-file=" + this.wiring,
						"--spring.config.additional-location=optional:file:" + this.etc + "/"));
		assertThat(analysis.description()).containsExactly("The kiosk home needs its enrolment identity key and "
				+ "CLOAKROOM_ENROLMENT_IDENTITY_KEY is not set: add it to /etc/cloakroom/cloakroom.env (mode 0600) as "
				+ "32 random bytes in base64, the output of `openssl rand -base64 32`.");
		assertThat(analysis.action()).containsExactly(
				"echo \"CLOAKROOM_ENROLMENT_IDENTITY_KEY=$(openssl rand -base64 32)\" | sudo tee -a /etc/cloakroom/cloakroom.env");
	}

	@Test
	void refusesASecretsDirectoryOthersMayRead(CapturedOutput output) throws IOException {
		Files.setPosixFilePermissions(this.secrets, PosixFilePermissions.fromString("rwxr-xr-x"));
		PrintedAnalysis analysis = refused(output, "--spring.profiles.active=kiosk");
		assertThat(analysis.description()).containsExactly("The secrets directory " + this.secrets
				+ " (cloakroom.secrets.dir, set on the command line) may be read by others (mode rwxr-xr-x): run chmod 700 "
				+ this.secrets + ".");
		assertThat(analysis.action()).containsExactly("chmod 700 " + this.secrets);
	}

	@Test
	void refusesASecretFileOthersMayRead(CapturedOutput output) throws IOException {
		Path file = Files.writeString(this.secrets.resolve("audit-chain.key"), "secret\n");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
		PrintedAnalysis analysis = refused(output, "--spring.profiles.active=kiosk");
		assertThat(analysis.description()).containsExactly(
				"The secret file " + file + " may be read by others (mode rw-r--r--): run chmod 600 " + file + ".");
	}

	@Test
	void refusesASecretsDirectoryTheServiceCannotWrite(CapturedOutput output) throws IOException {
		// a file where the directory should be: unwritable as a directory even for root,
		// who may write any directory
		Files.delete(this.secrets);
		Files.writeString(this.secrets, "");
		String user = System.getProperty("user.name");
		String fix = "sudo chown " + user + " " + this.secrets + " && sudo chmod 700 " + this.secrets;
		PrintedAnalysis analysis = refused(output, "--spring.profiles.active=kiosk");
		assertThat(analysis.description()).containsExactly("The secrets directory " + this.secrets
				+ " (cloakroom.secrets.dir, set on the command line) is not a directory user " + user
				+ " may write: it must be theirs with mode 0700 (run: " + fix + ").");
		assertThat(analysis.action()).containsExactly(fix);
	}

	private PrintedAnalysis refused(CapturedOutput output, String... settings) {
		List<String> args = new ArrayList<>(
				List.of("--cloakroom.enrolment.identity-key=" + KEY, "--cloakroom.secrets.dir=" + this.secrets,
						"--spring.config.additional-location=optional:file:" + this.etc + "/"));
		args.addAll(List.of(settings));
		if (args.stream().noneMatch((arg) -> arg.startsWith("--cloakroom.locker.wiring-file="))) {
			args.add("--cloakroom.locker.wiring-file=" + this.wiring);
		}
		return refusedWith(output, args);
	}

	private PrintedAnalysis refusedWith(CapturedOutput output, List<String> args) {
		assertThatExceptionOfType(KioskHomeRefusedException.class)
			.isThrownBy(() -> SpringApplication.run(CloakroomApplication.class, args.toArray(String[]::new)));
		return PrintedAnalysis.of(output.getOut());
	}

}
