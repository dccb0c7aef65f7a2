package org.cloakroom.kiosk.cli.doctor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.cloakroom.kiosk.badge.cli.InstalledReaders;
import org.cloakroom.kiosk.wiring.BankWiring;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code doctor}: checks an installed kiosk as its service would find it (the kiosk
 * profile, {@code /etc/cloakroom/application.yml}, {@code /etc/cloakroom/cloakroom.env})
 * and prints per check OK, WARN or FAIL with what to fix; exit 0 when nothing fails, 1
 * otherwise. It never talks to a board or reader: the running kiosk owns them.
 */
@Command(name = "doctor", mixinStandardHelpOptions = true,
		description = "Check this kiosk's installation (radio, GPIO, wiring, I2C, locker boards, badge readers, "
				+ "secrets, clock, disk, database) and print what to fix.")
public final class DoctorCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--config-dir", paramLabel = "DIR", defaultValue = "/etc/cloakroom",
			description = "The folder of the service's application.yml (default: ${DEFAULT-VALUE})")
	Path configDir;

	@Option(names = "--env-file", paramLabel = "FILE", defaultValue = "/etc/cloakroom/cloakroom.env",
			description = "The service's environment file (default: ${DEFAULT-VALUE})")
	Path environmentFile;

	@Option(names = "--dev", paramLabel = "DIR", defaultValue = "/dev",
			description = "Where the device files (GPIO, I2C, serial ports, input devices) are (default: ${DEFAULT-VALUE})")
	Path dev;

	@Option(names = "--run", paramLabel = "DIR", defaultValue = "/run",
			description = "Where pcscd's socket folder is (default: ${DEFAULT-VALUE})")
	Path run;

	@Option(names = "--service-user", paramLabel = "USER",
			description = "The user the service runs as, who must own the secrets and may use the devices"
					+ " (default: cloakroom when run as root, else this user)")
	String serviceUser;

	@Override
	public Integer call() {
		Installation installation = Installation.read(this.configDir, this.environmentFile);
		String bus = installation.text("cloakroom.ble.radio.bus-address", "");
		Path secrets = installation.path("cloakroom.secrets.dir", "/var/lib/cloakroom/secrets");
		DoctorProperties doctor = installation.doctor();
		WiringFileCheck wiring = new WiringFileCheck(
				installation.text("cloakroom.locker.wiring-file", "/etc/cloakroom/lockers.yaml"));
		List<Finding> findings = new ArrayList<>();
		run(new BluetoothCheck(bus), findings);
		DeviceAccess access = DeviceAccess.of(serviceUser());
		run(new GpioCheck(this.dev, access), findings);
		run(wiring, findings);
		Optional<BankWiring> bank = wiring.bank();
		run(new I2cCheck(this.dev, bank.map(BankWiring::expanders).orElse(List.of()), access), findings);
		run(new LockerBoardCheck(bank.map(BankWiring::boards).orElse(List.of()), this.dev, access), findings);
		run(new BadgeReaderCheck(bank.map(BankWiring::readers).orElse(List.of()), this.dev, this.run, access,
				InstalledReaders.pcscLibraryMissing(Files::isReadable),
				installation.text("cloakroom.locker.gpio-provider", "gpiod")), findings);
		run(new SecretsCheck(installation, secrets, access.user()), findings);
		run(new ClockCheck(bus), findings);
		String url = installation.text("spring.datasource.url", "");
		Map<String, Path> places = new LinkedHashMap<>();
		places.put("the database", databaseFolder(url));
		places.put("the checkpoints",
				installation.path("cloakroom.audit.checkpoint-dir", "/var/log/cloakroom/checkpoints"));
		run(new DiskSpaceCheck(places, doctor.diskWarnBelow(), doctor.diskFailBelow()), findings);
		run(database(installation, url, secrets, doctor), findings);
		return Report.print(findings, this.spec.commandLine().getOut()) ? 0 : 1;
	}

	private static DatabaseCheck database(Installation installation, String url, Path secrets,
			DoctorProperties doctor) {
		String password = installation.text("spring.flyway.password", null);
		String source = "spring.flyway.password";
		if (password == null) {
			Path file = secrets.resolve("database-owner.password");
			source = file.toString();
			password = readable(file);
		}
		return new DatabaseCheck(url, installation.text("spring.flyway.user", "sa"), password, source,
				new KioskHealth(doctor.health()), Migrations.newest());
	}

	private static String readable(Path file) {
		try {
			return Files.readString(file).strip();
		}
		catch (IOException ex) {
			return null;
		}
	}

	private static Path databaseFolder(String url) {
		String name = url.startsWith(DatabaseCheck.FILE_URL)
				? url.substring(DatabaseCheck.FILE_URL.length()).split(";", 2)[0] : "/var/lib/cloakroom/data/cloakroom";
		Path parent = Path.of(name).toAbsolutePath().getParent();
		return (parent != null) ? parent : Path.of(name).toAbsolutePath();
	}

	private String serviceUser() {
		if (this.serviceUser != null) {
			return this.serviceUser;
		}
		String user = System.getProperty("user.name");
		return "root".equals(user) ? "cloakroom" : user;
	}

	private static void run(Check check, List<Finding> findings) {
		try {
			findings.addAll(check.run());
		}
		catch (RuntimeException ex) {
			findings.add(Finding.fail(check.getClass().getSimpleName().replace("Check", "").toLowerCase(Locale.ROOT),
					"the check itself failed: " + ex.getMessage(), "run again with CLOAKROOM_DEBUG=1 and report it"));
		}
	}

}
