package org.cloakroom.kiosk.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.cloakroom.kiosk.CloakroomApplication;
import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.SimulationTestSupport;
import org.cloakroom.kiosk.alert.AlertFilter;
import org.cloakroom.kiosk.alert.AlertSeverity;
import org.cloakroom.kiosk.alert.AlertStatus;
import org.cloakroom.kiosk.alert.AlertQueue;
import org.cloakroom.kiosk.audit.AuditEntry;
import org.cloakroom.kiosk.audit.AuditLog;
import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.ChainVerification;
import org.cloakroom.kiosk.audit.Checkpoint;
import org.cloakroom.kiosk.audit.OfflineVerification;
import org.cloakroom.kiosk.ble.simulated.VirtualPosition;
import org.cloakroom.kiosk.ble.simulated.VirtualRadio;
import org.cloakroom.kiosk.checkin.CheckInView;
import org.cloakroom.kiosk.checkin.CheckIns;
import org.cloakroom.kiosk.checkin.Identification;
import org.cloakroom.kiosk.cli.FieldTools;
import org.cloakroom.kiosk.locker.LockerId;
import org.cloakroom.kiosk.locker.LockerState;
import org.cloakroom.kiosk.locker.Lockers;
import org.cloakroom.kiosk.locker.SimulatedDoors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Backups of the running program's database (a real H2 file) while another thread keeps
 * appending to the audit log, each a consistent snapshot: opened on its own, its chain
 * verifies with the chain key, and its head is an entry of the live chain with the same
 * hash (so the backup is a prefix of the live log). The newest is restored into a fresh
 * directory with {@code backup restore}: it verifies against the checkpoint signed before
 * it, reports the one signed after it (the live program's shutdown) as beyond its head,
 * and a new program started on the restored database records the restore as the entry
 * after the restored log's last (naming the lost entries, an open alert), once, takes
 * every locker free at the backup out of service until an admin has looked inside (a
 * phone stored after the backup may be in one), and finds its chain intact.
 */
class BackupUnderWritesIT {

	@TempDir
	Path home;

	private final MutableClock clock = MutableClock.startingAt("2026-12-07T02:30:00Z");

	@Test
	void backupsUnderWritesAreConsistentAndTheNewestRestoresIntoAKioskWhoseChainVerifies() throws Exception {
		Path data = this.home.resolve("data");
		Files.createDirectories(this.home.resolve("backups"));
		try (ConfigurableApplicationContext first = start(data)) {
			write(first, 20);
			lockersAtTheBackup(first);
		}
		long checkpointBeforeBackups = newestCheckpoint();

		List<BackupFile> backups = new ArrayList<>();
		try (ConfigurableApplicationContext live = start(data)) {
			AtomicInteger written = new AtomicInteger();
			AtomicBoolean stop = new AtomicBoolean();
			ExecutorService writer = Executors.newSingleThreadExecutor();
			Future<?> writing = writer.submit(() -> {
				while (!stop.get()) {
					live.publishEvent(new WrittenDuringBackup(written.incrementAndGet()));
				}
			});
			try {
				for (int i = 0; i < 3; i++) {
					int before = written.get();
					await().atMost(Duration.ofSeconds(60)).until(() -> written.get() >= before + 30);
					BackupFile backup = live.getBean(DatabaseBackups.class).take("test");
					// a copy to check later: rotation deletes the oldest
					Files.copy(this.home.resolve("backups").resolve(backup.file()),
							Files.createDirectories(this.home.resolve("copies")).resolve(backup.file()));
					backups.add(backup);
					this.clock.advance(Duration.ofSeconds(1));
				}
				int after = written.get();
				await().atMost(Duration.ofSeconds(60)).until(() -> written.get() >= after + 30);
			}
			finally {
				stop.set(true);
				writer.shutdown();
				assertThat(writer.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
			}
			writing.get();

			List<Long> heads = new ArrayList<>();
			AuditLog log = live.getBean(AuditLog.class);
			for (BackupFile backup : backups) {
				heads.add(aConsistentSnapshotOfTheLiveLog(backup, log));
			}
			assertThat(heads).as("each backup holds more of the log than the one before")
				.isSorted()
				.doesNotHaveDuplicates();
			assertThat(log.latest(1).get(0).sequence()).as("the live log went on after the last backup")
				.isGreaterThan(heads.get(2) + 1);
			assertThat(backupRecords(log)).as("each backup audited with the head it holds")
				.containsExactlyElementsOf(backups.stream()
					.map((backup) -> backup.file() + "@" + heads.get(backups.indexOf(backup)))
					.toList());

			assertThat(live.getBean(DatabaseBackups.class).list()).as("rotation keeps the newest 2")
				.containsExactly(backups.get(2), backups.get(1));

			StringWriter err = new StringWriter();
			assertThat(restore(backups.get(2), data, new StringWriter(), err)).isEqualTo(1);
			assertThat(err.toString()).contains("is in use: stop the kiosk first");
		}
		long checkpointAfterBackups = newestCheckpoint();
		long restoredHead = headOf(backups.get(2));
		assertThat(checkpointBeforeBackups).isLessThan(restoredHead);
		assertThat(checkpointAfterBackups).isGreaterThan(restoredHead);

		Path restored = this.home.resolve("restored");
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		this.clock.advance(Duration.ofMinutes(5));
		Instant restoredAt = this.clock.instant();
		assertThat(restore(backups.get(2), restored, out, err)).as("%s%s", out, err).isZero();

		assertThat(out.toString().lines()).hasSize(4);
		assertThat(out.toString().lines().toList().get(0)).isEqualTo(
				"restored " + backups.get(2).file() + " into " + restored + " (there was no database to replace)");
		assertThat(out.toString().lines().toList().get(1)).startsWith(
				"intact: " + restoredHead + " entries checked, newest checkpoint at entry " + checkpointBeforeBackups);
		assertThat(out.toString().lines().toList().get(2))
			.startsWith("behind: the restored log ends at entry " + restoredHead + ", and checkpoints signed after"
					+ " the backup (1 file) name entries up to " + checkpointAfterBackups);
		Path marker = restored.resolve("restored-20261207-023509.properties");
		assertThat(out.toString().lines().toList().get(3))
			.isEqualTo("the kiosk records this restore in its log at its next start (" + marker + ")");
		assertThat(Files.getPosixFilePermissions(marker)).as("the marker is the service user's alone")
			.isEqualTo(PosixFilePermissions.fromString("rw-------"));
		assertThat(newestCheckpoint()).as("the later checkpoint moved aside").isEqualTo(checkpointBeforeBackups);
		Path movedTo;
		try (Stream<Path> aside = Files.list(this.home.resolve("checkpoints"))) {
			movedTo = aside.filter((file) -> file.getFileName().toString().startsWith("beyond-restore-"))
				.collect(Collectors.collectingAndThen(Collectors.toList(), (folders) -> {
					assertThat(folders).singleElement()
						.satisfies((folder) -> assertThat(folder.toFile().list()).hasSize(1));
					return folders.get(0);
				}));
		}
		Instant lostCheckpointSignedAt;
		try (Stream<Path> files = Files.list(movedTo)) {
			lostCheckpointSignedAt = read(files.findFirst().orElseThrow()).signedAt();
		}

		Instant backupHeadAt;
		try (ConfigurableApplicationContext again = start(restored)) {
			AuditLog log = again.getBean(AuditLog.class);
			backupHeadAt = log.after(restoredHead - 1, 1).get(0).at();
			AuditEntry recorded = log.after(restoredHead, 1).get(0);
			assertThat(recorded.sequence()).as("the restore is the first entry after the restored log's last")
				.isEqualTo(restoredHead + 1);
			assertThat(recorded.type()).isEqualTo("DatabaseRestored");
			assertThat(recorded.alert()).as("entries were lost: an alert entry").isTrue();
			assertThat(JsonMapper.shared().readTree(recorded.details())).isEqualTo(JsonMapper.shared()
				.readTree("{\"backup\":\"" + backups.get(2).file() + "\",\"by\":\"" + System.getProperty("user.name")
						+ "\",\"chainHeadAt\":\"" + backupHeadAt + "\",\"chainHeadSequence\":" + restoredHead
						+ ",\"checkpointsMovedTo\":\"" + movedTo + "\",\"lostFromSequence\":" + (restoredHead + 1)
						+ ",\"lostToCheckpointAt\":\"" + lostCheckpointSignedAt + "\",\"lostToSequence\":"
						+ checkpointAfterBackups + ",\"restoredAt\":\"" + restoredAt + "\"}"));
			assertThat(again.getBean(AlertQueue.class).list(AlertFilter.unresolved(), null, 10).alerts())
				.as("one alert for the officers, raised by the restore's entry")
				.singleElement()
				.satisfies((alert) -> {
					assertThat(alert.type()).isEqualTo("DatabaseRestored");
					assertThat(alert.severity()).isEqualTo(AlertSeverity.HIGH);
					assertThat(alert.status()).isEqualTo(AlertStatus.OPEN);
					assertThat(alert.raisedBySequence()).isEqualTo(restoredHead + 1);
				});
			lockersAfterTheRestore(again, restoredHead);
			assertThat(marker).as("recorded once: the marker renamed, never deleted").doesNotExist();
			assertThat(restored.resolve("restored-20261207-023509.recorded")).isRegularFile();

			assertThat(log.verify()).as("the restored kiosk's own verification, the moved checkpoint out of it")
				.isInstanceOf(ChainVerification.Intact.class);
			write(again, 5);
			ChainVerification verification = log.verify();
			assertThat(verification.intact()).as("%s", verification).isTrue();
			assertThat(verification.entriesChecked()).isGreaterThan(restoredHead);
		}
		try (ConfigurableApplicationContext third = start(restored)) {
			assertThat(typesAfter(third.getBean(AuditLog.class), restoredHead))
				.as("a later start records the restore no more")
				.containsOnlyOnce("DatabaseRestored");
			assertThat(third.getBean(AuditLog.class).verify())
				.as("intact with the checkpoint the restored kiosk signed when it stopped")
				.isInstanceOf(ChainVerification.Intact.class);
			assertThat(third.getBean(AlertQueue.class).list(AlertFilter.unresolved(), null, 10).alerts())
				.as("still only the restore's alert")
				.hasSize(1);
			assertThat(typesAfter(third.getBean(AuditLog.class), restoredHead))
				.as("a later start takes no locker out of service again")
				.filteredOn("LockerTakenOutOfService"::equals)
				.hasSize(FREE_AT_THE_BACKUP.size());
			assertThat(states(third)).as("the lockers as the restored kiosk left them")
				.isEqualTo(statesAfterTheRestore(LockerState.FREE));
		}
	}

	/**
	 * demo.yaml's lockers 3 to 12 have no tray switch: a phone stays STORED at a start.
	 */
	private static final int STORED_AT_THE_BACKUP = 3;

	private static final List<Integer> FREE_AT_THE_BACKUP = IntStream.rangeClosed(4, 12).boxed().toList();

	/**
	 * Lockers 1 and 2 out of service, a phone stored in locker 3, the others free, when
	 * the backups are taken.
	 */
	private void lockersAtTheBackup(ConfigurableApplicationContext context) {
		Lockers lockers = context.getBean(Lockers.class);
		lockers.takeOutOfService(LockerId.of(1), "admin", "broken hinge");
		lockers.takeOutOfService(LockerId.of(2), "admin", "broken hinge");
		new SimulationTestSupport(this.clock, context.getBean(VirtualRadio.class)).walk("grace-iphone",
				VirtualPosition.AT_DOOR);
		CheckIns checkIns = context.getBean(CheckIns.class);
		CheckInView checkIn = checkIns.store(checkIns.start(Identification.typed("100002", "2222")).id());
		int locker = checkIn.storage().lockerId().value();
		assertThat(locker).isEqualTo(STORED_AT_THE_BACKUP);
		SimulatedDoors doors = context.getBean(SimulatedDoors.class);
		doors.openDoor(locker);
		doors.closeDoor(locker);
		assertThat(lockers.get(LockerId.of(locker)).state()).isEqualTo(LockerState.STORED);
	}

	/**
	 * A phone may be in any locker free at the backup: each is out of service, audited
	 * after the restore's entry, until an admin has looked inside; the others keep their
	 * state. An admin returns locker 4 to service.
	 */
	private static void lockersAfterTheRestore(ConfigurableApplicationContext context, long restoredHead) {
		assertThat(states(context)).isEqualTo(statesAfterTheRestore(LockerState.OUT_OF_SERVICE));
		List<AuditEntry> taken = context.getBean(AuditLog.class)
			.after(restoredHead + 1, 500)
			.stream()
			.filter((entry) -> entry.type().equals("LockerTakenOutOfService"))
			.toList();
		assertThat(taken).as("after the restore's entry, one for each locker free at the backup")
			.extracting(AuditEntry::subject)
			.containsExactlyElementsOf(
					FREE_AT_THE_BACKUP.stream().map((id) -> AuditSubject.locker(id).text()).toList());
		assertThat(taken).allSatisfy((entry) -> {
			JsonNode details = JsonMapper.shared().readTree(entry.details());
			assertThat(details.get("before").asString()).isEqualTo("FREE");
			assertThat(details.get("by").asString()).isEqualTo("kiosk");
			assertThat(details.get("reason").asString()).startsWith("to be checked after the restore of ");
		});
		Lockers lockers = context.getBean(Lockers.class);
		assertThat(lockers.freeCount()).as("no locker for the next check-in").isZero();
		lockers.returnToService(LockerId.of(4), "admin", "looked inside: empty");
		assertThat(lockers.get(LockerId.of(4)).state()).isEqualTo(LockerState.FREE);
	}

	private static Map<Integer, LockerState> statesAfterTheRestore(LockerState locker4) {
		Map<Integer, LockerState> states = new TreeMap<>();
		states.put(1, LockerState.OUT_OF_SERVICE);
		states.put(2, LockerState.OUT_OF_SERVICE);
		states.put(STORED_AT_THE_BACKUP, LockerState.STORED);
		FREE_AT_THE_BACKUP.forEach((id) -> states.put(id, LockerState.OUT_OF_SERVICE));
		states.put(4, locker4);
		return states;
	}

	private static Map<Integer, LockerState> states(ConfigurableApplicationContext context) {
		Map<Integer, LockerState> states = new TreeMap<>();
		context.getBean(Lockers.class).all().forEach((locker) -> states.put(locker.id().value(), locker.state()));
		return states;
	}

	private static List<String> typesAfter(AuditLog log, long sequence) {
		return log.after(sequence, 500).stream().map(AuditEntry::type).toList();
	}

	/**
	 * Opens the backup on its own, verifies its chain and matches its head in the live
	 * log.
	 */
	private long aConsistentSnapshotOfTheLiveLog(BackupFile backup, AuditLog live) throws SQLException, IOException {
		try (Connection connection = openBackup(backup)) {
			SingleConnectionDataSource database = new SingleConnectionDataSource(connection, true);
			ChainVerification verification = OfflineVerification.verify(database, secret("audit-chain.key"), null,
					List.of());
			assertThat(verification.intact()).as("%s: %s", backup.file(), verification).isTrue();
			long head = OfflineVerification.headSequence(database);
			assertThat(verification.entriesChecked()).isEqualTo(head);
			String headHash = org.springframework.jdbc.core.simple.JdbcClient.create(database)
				.sql("SELECT last_hash FROM audit_chain_head WHERE id = 1")
				.query(String.class)
				.single();
			AuditEntry inTheLiveLog = live.after(head - 1, 1).get(0);
			assertThat(inTheLiveLog.sequence()).isEqualTo(head);
			assertThat(inTheLiveLog.hash()).as("%s's head is the live log's entry %d", backup.file(), head)
				.isEqualTo(headHash);
			return head;
		}
	}

	private long headOf(BackupFile backup) throws SQLException, IOException {
		try (Connection connection = openBackup(backup)) {
			return OfflineVerification.headSequence(new SingleConnectionDataSource(connection, true));
		}
	}

	/**
	 * Opens the backup's database from a copy extracted in one pass, as the program reads
	 * it: H2's {@code zip:} file system reads a large database in quadratic time.
	 */
	private Connection openBackup(BackupFile backup) throws SQLException, IOException {
		Path copy = Files.createTempDirectory(this.home, "opened-");
		try (ZipFile zip = new ZipFile(this.home.resolve("copies").resolve(backup.file()).toFile());
				InputStream in = zip.getInputStream(zip.getEntry("cloakroom.mv.db"))) {
			Files.copy(in, copy.resolve("cloakroom.mv.db"));
		}
		return DriverManager.getConnection("jdbc:h2:file:" + copy.resolve("cloakroom") + ";ACCESS_MODE_DATA=r", "sa",
				Files.readString(secret("database-owner.password")).strip());
	}

	/** "file@head" of each DatabaseBackedUp entry, oldest first. */
	private static List<String> backupRecords(AuditLog log) {
		List<String> records = new ArrayList<>();
		long after = 0;
		for (List<AuditEntry> page = log.after(after, 500); !page.isEmpty(); page = log.after(after, 500)) {
			for (AuditEntry entry : page) {
				if (entry.type().equals("DatabaseBackedUp")) {
					records.add(entry.details().replaceAll(".*\"file\":\"([^\"]+)\".*", "$1") + "@"
							+ entry.details().replaceAll(".*\"chainHeadSequence\":(\\d+).*", "$1"));
				}
				after = entry.sequence();
			}
		}
		return records;
	}

	private int restore(BackupFile backup, Path into, StringWriter out, StringWriter err) {
		return FieldTools.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), this.clock)
			.execute("backup", "restore", "--from", this.home.resolve("backups").resolve(backup.file()).toString(),
					"--data", into.toString(), "--password-file", secret("database-owner.password").toString(), "--key",
					secret("audit-chain.key").toString(), "--checkpoints", this.home.resolve("checkpoints").toString());
	}

	private long newestCheckpoint() throws IOException {
		try (Stream<Path> files = Files.list(this.home.resolve("checkpoints"))) {
			return files.filter((file) -> file.getFileName().toString().startsWith("checkpoint-"))
				.mapToLong((file) -> read(file).sequence())
				.max()
				.orElse(0);
		}
	}

	private static Checkpoint read(Path file) {
		try {
			return Checkpoint.parse(file.getFileName().toString(), Files.readString(file));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private Path secret(String name) {
		return this.home.resolve("secrets").resolve(name);
	}

	private static void write(ConfigurableApplicationContext context, int count) {
		for (int i = 0; i < count; i++) {
			context.publishEvent(new WrittenDuringBackup(i));
		}
	}

	private ConfigurableApplicationContext start(Path data) {
		return new SpringApplicationBuilder(CloakroomApplication.class).profiles("simulation")
			.initializers(this::useTestClock)
			.run("--spring.datasource.url=jdbc:h2:file:" + data.resolve("cloakroom") + ";WRITE_DELAY=0",
					"--server.port=0", "--cloakroom.scheduling.enabled=false",
					"--cloakroom.locker.wiring-file=../firmware-config/lockers/demo.yaml",
					"--cloakroom.security.pin.hash-strength=4", "--cloakroom.security.signin.hash-strength=4",
					"--cloakroom.secrets.dir=" + this.home.resolve("secrets"),
					"--cloakroom.audit.checkpoint-dir=" + this.home.resolve("checkpoints"),
					"--cloakroom.backup.directory=" + this.home.resolve("backups"), "--cloakroom.backup.keep=2");
	}

	private void useTestClock(ConfigurableApplicationContext context) {
		((GenericApplicationContext) context).registerBean("testClock", Clock.class, () -> this.clock,
				(definition) -> definition.setPrimary(true));
	}

}
