package org.cloakroom.kiosk.cli.doctor;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.channels.FileChannel;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import com.sun.net.httpserver.HttpServer;
import org.cloakroom.kiosk.ble.BluezStandIn;
import org.cloakroom.kiosk.cli.FieldTools;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code doctor} read as an installer reads it, on an installation laid out in a
 * temporary folder: {@code etc/cloakroom} stands in for /etc/cloakroom, {@code dev} for
 * /dev (regular files stand in for /dev/gpiochip0 and /dev/i2c-1), {@code var/...} for
 * the state folders; the project's BlueZ stand-in (a private system bus with
 * python3-dbusmock's bluez5 template) for bluetoothd, and dbusmock's {@code timedated}
 * template on the same bus for systemd-timedated. A healthy installation is all OK with
 * exit 0; each fault is its own FAIL line with what to fix, and exit 1.
 */
class DoctorIT {

	private static final String KEY = "94TBrHI/erLeboCd6KUAARjpw4lEwyEFaTv0NC4Gl30=";

	private static final String OWNER_PASSWORD = "doctor-test-owner";

	private static BluezStandIn bus;

	@TempDir
	Path root;

	Path etc;

	Path dev;

	Path secrets;

	Path wiring;

	Path database;

	@BeforeAll
	static void systemBus() throws Exception {
		bus = BluezStandIn.start();
		bus.addAdapter("hci0");
		bus.startTemplate("timedated", "org.freedesktop.timedate1", "{\"NTP\": true}");
	}

	@AfterAll
	static void stopBus() {
		bus.close();
	}

	@BeforeEach
	void healthyInstallation() throws IOException {
		this.etc = Files.createDirectories(this.root.resolve("etc/cloakroom"));
		this.dev = Files.createDirectories(this.root.resolve("dev"));
		Files.createFile(this.dev.resolve("gpiochip0"));
		this.secrets = Files.createDirectories(this.root.resolve("var/lib/cloakroom/secrets"),
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
		secret("database-owner.password", OWNER_PASSWORD);
		this.wiring = this.etc.resolve("lockers.yaml");
		Files.copy(Path.of("../firmware-config/lockers/bench-12.yaml"), this.wiring);
		this.database = this.root.resolve("var/lib/cloakroom/data/cloakroom");
		Flyway.configure()
			.dataSource("jdbc:h2:file:" + this.database, "sa", OWNER_PASSWORD)
			.locations("classpath:db/migration")
			.load()
			.migrate();
		configure("");
		environmentFile("CLOAKROOM_ENROLMENT_IDENTITY_KEY=" + KEY + "\n");
	}

	@Test
	void healthyInstallationIsAllOkAndExitsZero() {
		Result result = doctor();
		assertThat(result.exit()).as(result.out()).isZero();
		assertThat(result.lines()).hasSize(9);
		assertThat(result.lines().subList(0, 8)).allSatisfy((line) -> assertThat(line).startsWith("OK    "))
			.extracting((line) -> line.substring(6, 15).strip())
			.containsExactly("bluetooth", "gpio", "wiring", "i2c", "secrets", "clock", "disk", "database");
		assertThat(result.lines()).contains("OK    bluetooth  adapter hci0 powered",
				"OK    gpio       gpiochip0 readable and writable by user " + System.getProperty("user.name"),
				"OK    wiring     " + this.wiring + ": bank bench-12, 12 lockers on a pi4",
				"OK    i2c        not used: the wiring has no I/O expander",
				"OK    secrets    identity key set; " + this.secrets + " 0700 and its files 0600, owned by "
						+ System.getProperty("user.name"),
				"OK    clock      synchronised by NTP", "OK    database   " + this.database + ".mv.db: schema version "
						+ Migrations.newest() + ", audit chain head at entry 0",
				"8 checks: 8 OK, 0 WARN, 0 FAIL");
	}

	@Test
	void anAdapterThatIsNotPoweredFails() throws Exception {
		bus.setProperty("org.bluez", "/org/bluez/hci0", "org.bluez.Adapter1", "Powered", false);
		try {
			assertFails(
					"FAIL  bluetooth  adapter hci0 is not powered; fix: bluetoothctl power on, and AutoEnable=true in "
							+ "/etc/bluetooth/main.conf (firmware-config/bluetooth/main.conf)",
					"bluetooth");
		}
		finally {
			bus.setProperty("org.bluez", "/org/bluez/hci0", "org.bluez.Adapter1", "Powered", true);
		}
	}

	@Test
	void noGpioChipFails() throws IOException {
		Files.delete(this.dev.resolve("gpiochip0"));
		assertFails("FAIL  gpio       no gpiochip in " + this.dev + "; fix: run on a Raspberry Pi whose kernel offers "
				+ "the GPIO character device (Raspberry Pi OS Bookworm or later)", "gpio");
	}

	@Test
	void judgesTheDevicesForTheServicesUserWhenRunForAnother() throws IOException {
		// run as root for the service's user, as an installer runs it with sudo: a chip
		// only
		// its owner and group may use is denied to a user in neither (nobody, group
		// nogroup)
		Path chip = this.dev.resolve("gpiochip0");
		Files.setPosixFilePermissions(chip, PosixFilePermissions.fromString("rw-rw----"));
		Result denied = doctor("--service-user", "nobody");
		assertThat(denied.exit()).isEqualTo(1);
		assertThat(denied.lines()).anySatisfy((line) -> assertThat(line)
			.startsWith("FAIL  gpio       permission denied on " + chip + " for user nobody; fix: install "
					+ "firmware-config/udev/99-cloakroom-gpio.rules, add the user to the gpio group"));
		Files.setPosixFilePermissions(chip, PosixFilePermissions.fromString("rw-rw-rw-"));
		assertThat(doctor("--service-user", "nobody").lines())
			.contains("OK    gpio       gpiochip0 readable and writable by user nobody");
	}

	@Test
	void aBrokenWiringFileFailsWithItsFileLineAndField() throws IOException {
		Files.copy(Path.of("src/test/resources/locker/duplicate-id.yaml"), this.wiring,
				StandardCopyOption.REPLACE_EXISTING);
		assertFails("FAIL  wiring     " + this.wiring
				+ " line 9, field lockers[1].id: locker id 1 is used twice: first by lockers[0].id on line 3; fix: "
				+ "edit it, then: cloakroom gpio check " + this.wiring, "wiring");
	}

	@Test
	void aMissingWiringFileFails() throws IOException {
		Files.delete(this.wiring);
		assertFails("FAIL  wiring     " + this.wiring + " (cloakroom.locker.wiring-file) does not exist; fix: copy a "
				+ "bank from /usr/share/cloakroom/firmware-config/lockers/ there and edit it, then: cloakroom gpio check "
				+ this.wiring, "wiring");
	}

	@Test
	void expandersWithoutTheI2cBusFail() throws IOException {
		Files.copy(Path.of("../firmware-config/lockers/east-wing-24.yaml"), this.wiring,
				StandardCopyOption.REPLACE_EXISTING);
		assertFails(
				"FAIL  i2c        " + this.dev.resolve("i2c-1") + " is missing and the wiring puts 2 I/O expander(s)"
						+ " on it; fix: sudo raspi-config nonint do_i2c 0 (dtparam=i2c_arm=on), then reboot",
				"i2c");
		Files.createFile(this.dev.resolve("i2c-1"));
		assertThat(doctor().lines()).contains("OK    i2c        " + this.dev.resolve("i2c-1")
				+ " readable and writable by user " + System.getProperty("user.name") + " for 2 I/O expander(s)");
	}

	@Test
	void aSecretsDirectoryOthersMayReadFails() throws IOException {
		Files.setPosixFilePermissions(this.secrets, PosixFilePermissions.fromString("rwxr-xr-x"));
		assertFails("FAIL  secrets    " + this.secrets + " may be read by others (mode rwxr-xr-x); fix: sudo chmod 700 "
				+ this.secrets, "secrets");
	}

	@Test
	void aSecretFileOfAnotherUserFails() {
		Result result = doctor("--service-user", "cloakroom");
		assertThat(result.exit()).isEqualTo(1);
		assertThat(result.lines()).contains("FAIL  secrets    " + this.secrets + " belongs to "
				+ System.getProperty("user.name") + ", not cloakroom; fix: sudo chown cloakroom " + this.secrets);
	}

	@Test
	void aMissingIdentityKeyFails() throws IOException {
		environmentFile("CLOAKROOM_KIOSK_TOKEN=" + "t".repeat(40) + "\n");
		assertFails(
				"FAIL  secrets    CLOAKROOM_ENROLMENT_IDENTITY_KEY is not set in " + this.etc.resolve("cloakroom.env")
						+ "; fix: echo \"CLOAKROOM_ENROLMENT_IDENTITY_KEY=$(openssl rand -base64 32)\" | sudo tee -a "
						+ "/etc/cloakroom/cloakroom.env (only on a kiosk with no enrolled phones yet)",
				"secrets");
	}

	@Test
	void anIdentityKeyOfTheWrongLengthFails() throws IOException {
		environmentFile("CLOAKROOM_ENROLMENT_IDENTITY_KEY=\"c2hvcnQ=\"\n");
		assertThat(doctor().lines()).anySatisfy(
				(line) -> assertThat(line).startsWith("FAIL  secrets    " + "CLOAKROOM_ENROLMENT_IDENTITY_KEY in "
						+ this.etc.resolve("cloakroom.env") + " decodes to 5 bytes, not 32"));
	}

	@Test
	void anUnsynchronisedClockFails() throws Exception {
		bus.setProperty("org.freedesktop.timedate1", "/org/freedesktop/timedate1", "org.freedesktop.timedate1",
				"NTPSynchronized", false);
		try {
			assertFails(
					"FAIL  clock      the clock is not synchronised by NTP; fix: sudo timedatectl set-ntp true, and "
							+ "let the Pi reach an NTP server; see: timedatectl timesync-status",
					"clock");
		}
		finally {
			bus.setProperty("org.freedesktop.timedate1", "/org/freedesktop/timedate1", "org.freedesktop.timedate1",
					"NTPSynchronized", true);
		}
	}

	@Test
	void tooLittleDiskSpaceFailsAndLittleWarns() throws IOException {
		configure("  doctor: { disk-warn-below: 8000000TB, disk-fail-below: 4000000TB }\n");
		Result failed = doctor();
		assertThat(failed.exit()).isEqualTo(1);
		assertThat(failed.lines()).filteredOn((line) -> line.contains(" disk ")).singleElement().satisfies((line) -> {
			assertThat(line).startsWith("FAIL  disk       ")
				.contains(" free for the database " + this.database.getParent() + " and the checkpoints ")
				.contains(" (under 4194304000000 MB); fix: free space:");
		});
		configure("  doctor: { disk-warn-below: 8000000TB, disk-fail-below: 1MB }\n");
		Result warned = doctor();
		assertThat(warned.exit()).as("a warning alone does not fail").isZero();
		assertThat(warned.lines())
			.anySatisfy((line) -> assertThat(line).startsWith("WARN  disk       ").contains("(under 8388608000000 MB)"))
			.last()
			.isEqualTo("8 checks: 7 OK, 1 WARN, 0 FAIL");
	}

	@Test
	void aDatabaseInUseAsksTheRunningKiosksHealth() throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		String[] status = { "UP" };
		server.createContext("/actuator/health", (exchange) -> {
			byte[] body = ("{\"status\":\"" + status[0] + "\"}").getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders("UP".equals(status[0]) ? 200 : 503, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		server.start();
		configure("  doctor: { health: \"http://127.0.0.1:" + server.getAddress().getPort() + "/actuator/health\" }\n");
		Path file = Path.of(this.database + ".mv.db");
		// the running kiosk, as far as the file is concerned: H2 holds a lock on it
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
				FileLock lock = channel.lock()) {
			assertThat(doctor().lines())
				.contains("OK    database   " + file + " in use by the running kiosk, whose health is UP");
			status[0] = "DOWN";
			Result down = doctor();
			assertThat(down.exit()).isEqualTo(1);
			assertThat(down.lines()).anySatisfy((line) -> assertThat(line).startsWith("FAIL  database   " + file
					+ " in use by the kiosk, whose health is DOWN; fix: see: " + "journalctl -u cloakroom -n 50"));
		}
		finally {
			server.stop(0);
		}
	}

	@Test
	void aWrongOwnerPasswordFails() throws IOException {
		secret("database-owner.password", "not-the-password");
		Result result = doctor();
		assertThat(result.exit()).isEqualTo(1);
		assertThat(result.lines()).anySatisfy((line) -> assertThat(line)
			.startsWith("FAIL  database   " + this.database + ".mv.db does not open as sa with the password of "
					+ this.secrets.resolve("database-owner.password")));
	}

	@Test
	void bluetoothdGoneFails() throws Exception {
		bus.killMock();
		try {
			assertFails(
					"FAIL  bluetooth  bluetoothd is not on the system bus at " + bus.address()
							+ "; fix: sudo systemctl enable --now bluetooth; see: systemctl status dbus bluetooth",
					"bluetooth");
		}
		finally {
			bus.startMock();
			bus.addAdapter("hci0");
		}
	}

	@Test
	void aChainHeadBehindTheNewestEntryFails() throws SQLException {
		sql("INSERT INTO audit_event (sequence, recorded_at, type, subject, alert, details, previous_hash, hash) "
				+ "VALUES (1, CURRENT_TIMESTAMP, 'Test', 'kiosk', FALSE, '{}', REPEAT('0', 64), REPEAT('a', 64))");
		Path file = Path.of(this.database + ".mv.db");
		assertFails(
				"FAIL  database   " + file + ": the audit chain head is at entry 0 but the newest entry is 1; fix: "
						+ "verify the whole chain: cloakroom audit verify --db " + file + " (README, Field tools)",
				"database");
	}

	@Test
	void aDatabaseFromANewerCloakroomFails() throws SQLException {
		sql("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", "
				+ "\"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
				+ "VALUES (999, '999', 'future', 'SQL', 'V999__future.sql', 0, 'sa', 0, TRUE)");
		assertFails("FAIL  database   " + this.database + ".mv.db is at schema version 999, made by a newer Cloakroom "
				+ "(this one knows " + Migrations.newest()
				+ "); fix: install that Cloakroom again, or restore a backup "
				+ "this one made: sudo cloakroom-restore", "database");
	}

	private void sql(String statement) throws SQLException {
		try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + this.database, "sa", OWNER_PASSWORD);
				Statement sql = connection.createStatement()) {
			sql.execute(statement);
		}
	}

	private void assertFails(String line, String check) {
		Result result = doctor();
		assertThat(result.exit()).as(result.out()).isEqualTo(1);
		assertThat(result.lines()).as(result.out()).contains(line);
		assertThat(result.lines()).last().asString().endsWith(" 1 FAIL (" + check + ")");
	}

	private Result doctor(String... more) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		List<String> args = new ArrayList<>(List.of("doctor", "--config-dir", this.etc.toString(), "--env-file",
				this.etc.resolve("cloakroom.env").toString(), "--dev", this.dev.toString()));
		args.addAll((more.length > 0) ? List.of(more) : List.of("--service-user", System.getProperty("user.name")));
		int exit = FieldTools.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
			.execute(args.toArray(String[]::new));
		assertThat(err.toString()).isEmpty();
		return new Result(exit, out.toString());
	}

	private void configure(String extra) throws IOException {
		Files.writeString(this.etc.resolve("application.yml"), """
				spring:
				  datasource:
				    url: "jdbc:h2:file:%s;WRITE_DELAY=0"
				cloakroom:
				  ble.radio.bus-address: "%s"
				  locker.wiring-file: "%s"
				  secrets.dir: "%s"
				  audit.checkpoint-dir: "%s"
				""".formatted(this.database, bus.address(), this.wiring, this.secrets,
				this.root.resolve("var/log/cloakroom/checkpoints")) + extra);
	}

	private void environmentFile(String content) throws IOException {
		Path file = this.etc.resolve("cloakroom.env");
		Files.writeString(file, content);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
	}

	private void secret(String name, String value) throws IOException {
		Path file = this.secrets.resolve(name);
		Files.writeString(file, value + "\n");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
	}

	record Result(int exit, String out) {

		List<String> lines() {
			return this.out.lines().toList();
		}

	}

}
