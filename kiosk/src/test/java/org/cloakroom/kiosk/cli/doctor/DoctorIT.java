package org.cloakroom.kiosk.cli.doctor;

import org.cloakroom.kiosk.MigrationLocations;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.FileChannel;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.channels.FileLock;
import java.nio.channels.ServerSocketChannel;
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
import org.cloakroom.kiosk.badge.pcsc.PcscdStandIn;
import org.cloakroom.kiosk.cli.FieldTools;
import org.cloakroom.kiosk.locker.board.SocatPair;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code doctor} read as an installer reads it, on an installation laid out in a
 * temporary folder: {@code etc/cloakroom} stands in for /etc/cloakroom, {@code dev} for
 * /dev (regular files stand in for /dev/gpiochip0 and /dev/i2c-1), {@code var/...} for
 * the state folders, {@code run} for /run; a socat pty pair for a locker board's
 * USB-RS-485 adapter and a keyboard wedge's input device (the doctor only looks at their
 * type and mode), pcscd (with vpcd) for the PC/SC daemon; the project's BlueZ stand-in (a
 * private system bus with python3-dbusmock's bluez5 template) for bluetoothd, and
 * dbusmock's {@code timedated} template on the same bus for systemd-timedated. A healthy
 * installation is all OK with exit 0; each fault is its own FAIL line with what to fix,
 * and exit 1.
 */
class DoctorIT {

	private static final String KEY = "94TBrHI/erLeboCd6KUAARjpw4lEwyEFaTv0NC4Gl30=";

	private static final String OWNER_PASSWORD = "doctor-test-owner";

	private static BluezStandIn bus;

	private static Path ptys;

	private static SocatPair pty;

	@TempDir
	Path root;

	Path etc;

	Path dev;

	Path secrets;

	Path wiring;

	Path database;

	Path run;

	@BeforeAll
	static void systemBus() throws Exception {
		bus = BluezStandIn.start();
		bus.addAdapter("hci0");
		bus.startTemplate("timedated", "org.freedesktop.timedate1", "{\"NTP\": true}");
		ptys = Files.createTempDirectory("doctor-ptys");
		pty = SocatPair.start(ptys);
	}

	@AfterAll
	static void stopBus() throws IOException {
		bus.close();
		pty.close();
		FileSystemUtils.deleteRecursively(ptys);
	}

	@BeforeEach
	void healthyInstallation() throws IOException {
		this.etc = Files.createDirectories(this.root.resolve("etc/cloakroom"));
		this.dev = Files.createDirectories(this.root.resolve("dev"));
		this.run = Files.createDirectories(this.root.resolve("run"));
		Files.createFile(this.dev.resolve("gpiochip0"));
		this.secrets = Files.createDirectories(this.root.resolve("var/lib/cloakroom/secrets"),
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
		secret("database-owner.password", OWNER_PASSWORD);
		this.wiring = this.etc.resolve("lockers.yaml");
		Files.copy(Path.of("../firmware-config/lockers/bench-12.yaml"), this.wiring);
		this.database = this.root.resolve("var/lib/cloakroom/data/cloakroom");
		Flyway.configure()
			.dataSource("jdbc:h2:file:" + this.database, "sa", OWNER_PASSWORD)
			.locations(MigrationLocations.of(MigrationLocations.H2))
			.load()
			.migrate();
		configure("");
		environmentFile("CLOAKROOM_ENROLMENT_IDENTITY_KEY=" + KEY + "\n");
	}

	@Test
	void healthyInstallationIsAllOkAndExitsZero() {
		Result result = doctor();
		assertThat(result.exit()).as(result.out()).isZero();
		assertThat(result.lines()).hasSize(11);
		assertThat(result.lines().subList(0, 10)).allSatisfy((line) -> assertThat(line).startsWith("OK    "))
			.extracting((line) -> line.substring(6, 15).strip())
			.containsExactly("bluetooth", "gpio", "wiring", "i2c", "boards", "readers", "secrets", "clock", "disk",
					"database");
		assertThat(result.lines()).contains("OK    bluetooth  adapter hci0 powered",
				"OK    gpio       gpiochip0 readable and writable by user " + System.getProperty("user.name"),
				"OK    wiring     " + this.wiring + ": bank bench-12, 12 lockers on a pi4",
				"OK    i2c        not used: the wiring has no I/O expander",
				"OK    boards     not used: the wiring has no locker board",
				"OK    readers    not used: the wiring has no badge reader",
				"OK    secrets    identity key set; " + this.secrets + " 0700 and its files 0600, owned by "
						+ System.getProperty("user.name"),
				"OK    clock      synchronised by NTP", "OK    database   " + this.database + ".mv.db: schema version "
						+ Migrations.newest() + ", audit chain head at entry 0",
				"10 checks: 10 OK, 0 WARN, 0 FAIL");
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
	void expandersOnAnotherBusNeedThatBusToo() throws IOException {
		Files.writeString(this.wiring, Files.readString(Path.of("../firmware-config/lockers/east-wing-24.yaml"))
			.replace("i2c-address: 0x21, i2c-bus: 1", "i2c-address: 0x21, i2c-bus: 3"));
		Files.createFile(this.dev.resolve("i2c-1"));
		Path bus3 = this.dev.resolve("i2c-3");
		assertFails("FAIL  i2c        " + bus3 + " is missing and the wiring puts 1 I/O expander(s) on it; fix: enable "
				+ "I2C bus 3 in /boot/firmware/config.txt (a dtoverlay such as i2c3 or i2c-gpio,bus=3) and load "
				+ "i2c-dev, then reboot", "i2c");
		Files.createFile(bus3);
		String user = System.getProperty("user.name");
		assertThat(doctor().lines()).contains(
				"OK    i2c        " + this.dev.resolve("i2c-1") + " readable and writable by user " + user
						+ " for 1 I/O expander(s)",
				"OK    i2c        " + bus3 + " readable and writable by user " + user + " for 1 I/O expander(s)");
		Files.setPosixFilePermissions(bus3, PosixFilePermissions.fromString("rw-rw----"));
		assertThat(doctor("--service-user", "nobody").lines()).contains("FAIL  i2c        permission denied on " + bus3
				+ " for user nobody; fix: install firmware-config/udev/99-cloakroom-i2c.rules, sudo usermod "
				+ "-aG i2c nobody, then: sudo systemctl restart cloakroom");
	}

	@Test
	void aLockerBoardsPortIsACharacterDeviceTheServiceUserMayOpen() throws IOException {
		Files.copy(Path.of("../firmware-config/lockers/kr-cu16-16.yaml"), this.wiring,
				StandardCopyOption.REPLACE_EXISTING);
		Path port = this.dev.resolve("cloakroom-rs485");
		String board = "board bank-a (kr-cu16 at address 0)";
		assertFails("FAIL  boards     " + port + " is missing, the port of " + board + "; fix: plug the USB-RS-485 "
				+ "adapter in and install firmware-config/udev/99-cloakroom-serial.rules (it names the adapter "
				+ "/dev/cloakroom-rs485); see: ls -l /dev/serial/by-id/", "boards");
		Files.createFile(port);
		assertFails("FAIL  boards     " + port + " is not a character device, yet the port of " + board
				+ "; fix: set the boards' port: to the adapter's serial device (/dev/cloakroom-rs485 from "
				+ "firmware-config/udev/99-cloakroom-serial.rules)", "boards");
		Files.delete(port);
		Files.createSymbolicLink(port, pty.kiosk());
		Result healthy = doctor();
		assertThat(healthy.exit()).as(healthy.out()).isZero();
		assertThat(healthy.lines()).contains("OK    boards     " + port + " readable and writable by user "
				+ System.getProperty("user.name") + " for " + board);
		// socat's pty is its owner's alone (crw-------)
		assertThat(doctor("--service-user", "nobody").lines()).contains("FAIL  boards     permission denied on " + port
				+ " for user nobody; fix: install firmware-config/udev/99-cloakroom-serial.rules (group "
				+ "dialout), sudo usermod -aG dialout nobody, then: sudo systemctl restart cloakroom");
	}

	@Test
	void aKeyboardWedgesDeviceIsACharacterDeviceTheServiceUserMayRead() throws IOException {
		readers("  - { name: door, type: keyboard-wedge, format: decimal, device: /dev/cloakroom/badge-reader-0 }\n");
		Path device = this.dev.resolve("cloakroom/badge-reader-0");
		assertFails("FAIL  readers    reader door: " + device + " is missing; fix: plug the reader in and install "
				+ "firmware-config/udev/99-cloakroom-badge.rules with its USB ids (lsusb), then: ls -l /dev/cloakroom/",
				"readers");
		Files.createDirectories(device.getParent());
		Files.createFile(device);
		assertFails("FAIL  readers    reader door: " + device + " is not a character device; fix: set its device: to "
				+ "the reader's input device (/dev/cloakroom/badge-reader-0 from "
				+ "firmware-config/udev/99-cloakroom-badge.rules)", "readers");
		Files.delete(device);
		Files.createSymbolicLink(device, pty.board());
		Result healthy = doctor();
		assertThat(healthy.exit()).as(healthy.out()).isZero();
		assertThat(healthy.lines()).contains(
				"OK    readers    reader door: " + device + " readable by user " + System.getProperty("user.name"));
		assertThat(doctor("--service-user", "nobody").lines()).contains("FAIL  readers    reader door: permission "
				+ "denied on " + device
				+ " for user nobody; fix: install firmware-config/udev/99-cloakroom-badge.rules "
				+ "(group cloakroom, mode 0660) with the reader's USB ids, sudo usermod -aG cloakroom nobody, then: "
				+ "sudo udevadm trigger --subsystem-match=input && sudo systemctl restart cloakroom");
	}

	@Test
	void pcscReadersNeedPcscdAnsweringOnItsSocket() throws Exception {
		readers("  - { name: desk, type: pcsc, format: hex }\n");
		Path socket = this.run.resolve("pcscd/pcscd.comm");
		assertFails("FAIL  readers    " + socket + " is missing: pcscd is not running (PC/SC reader desk); fix: sudo "
				+ "apt-get install pcscd, then: sudo systemctl enable --now pcscd.socket", "readers");
		try (PcscdStandIn pcscd = PcscdStandIn.start()) {
			this.run = pcscd.socket().getParent().getParent();
			Result answering = doctor();
			assertThat(answering.exit()).as(answering.out()).isZero();
			assertThat(answering.lines())
				.contains("OK    readers    pcscd answers on " + pcscd.socket() + " (PC/SC reader desk)");
		}
		// a socket file that nothing listens on any more, as a killed pcscd leaves it
		this.run = this.root.resolve("run");
		Files.createDirectories(socket.getParent());
		try (ServerSocketChannel gone = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
			gone.bind(UnixDomainSocketAddress.of(socket));
		}
		Result refused = doctor();
		assertThat(refused.exit()).isEqualTo(1);
		assertThat(refused.lines()).anySatisfy((line) -> assertThat(line)
			.startsWith("FAIL  readers    pcscd does not answer on " + socket + " (")
			.endsWith("(PC/SC reader desk); fix: sudo systemctl restart pcscd.socket pcscd; see: systemctl status "
					+ "pcscd"));
	}

	@Test
	void aWiegandReadersLinesAreReadThroughGpiod() throws IOException {
		readers("  - { name: gate, type: wiegand, format: facility-card, frame: wiegand-26, d0: 5, d1: 6 }\n");
		Result healthy = doctor();
		assertThat(healthy.exit()).as(healthy.out()).isZero();
		assertThat(healthy.lines())
			.contains("OK    readers    reader gate: Wiegand d0 BCM 5 and d1 BCM 6 on the header, "
					+ "read through gpiod on gpiochip0");
		configure("  locker.gpio-provider: mock\n");
		assertFails("FAIL  readers    reader gate: Wiegand d0 BCM 5 and d1 BCM 6 are not read: "
				+ "cloakroom.locker.gpio-provider is mock, not gpiod; fix: set cloakroom.locker.gpio-provider: gpiod "
				+ "in /etc/cloakroom/application.yml", "readers");
		configure("");
		Files.delete(this.dev.resolve("gpiochip0"));
		Result noChip = doctor();
		assertThat(noChip.lines())
			.contains("FAIL  readers    reader gate: Wiegand d0 BCM 5 and d1 BCM 6 cannot be "
					+ "read: no usable GPIO chip; fix: fix the gpio finding above")
			.last()
			.asString()
			.endsWith(" 2 FAIL (gpio, readers)");
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
			.isEqualTo("10 checks: 9 OK, 1 WARN, 0 FAIL");
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

	/**
	 * A bank on a locker board whose adapter is there, with these badge readers (YAML
	 * list items).
	 */
	private void readers(String items) throws IOException {
		Files.writeString(this.wiring, Files.readString(Path.of("../firmware-config/lockers/kr-cu16-16.yaml"))
			.replaceFirst("(?m)^lockers:", "readers:\n" + items + "lockers:"));
		Files.createSymbolicLink(this.dev.resolve("cloakroom-rs485"), pty.kiosk());
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
				this.etc.resolve("cloakroom.env").toString(), "--dev", this.dev.toString(), "--run",
				this.run.toString()));
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
