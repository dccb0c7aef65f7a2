package org.cloakroom.kiosk.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.cloakroom.kiosk.DatabaseOwnerLogin;
import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.SecretFiles;
import org.cloakroom.kiosk.cli.FieldTools;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Retention: entries older than {@code cloakroom.audit.retention} are archived with a
 * signed checkpoint and removed; what remains verifies from the archive's last hash, the
 * archive verifies on its own, and the database deletes nothing else.
 */
@ApplicationModuleTest
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:file:./target/test-db/retention-${random.uuid}",
		"cloakroom.scheduling.enabled=false", "cloakroom.audit.retention=365d" })
class RetentionIT {

	@Autowired
	ApplicationEventPublisher publisher;

	/**
	 * The database's owner: only the owner may drop the log's triggers, as an attacker
	 * would.
	 */
	JdbcTemplate jdbc;

	@Autowired
	void connectAsOwner(ApplicationContext context) {
		this.jdbc = DatabaseOwnerLogin.jdbcTemplate(context);
	}

	@Autowired
	AuditLog log;

	@Autowired
	Archiver archiver;

	@Autowired
	AuditProperties properties;

	@Autowired
	SecretFiles secrets;

	@Autowired
	MutableClock clock;

	private final StringWriter out = new StringWriter();

	/** Entries 1-5 a year and more ago, 6-8 today. */
	@BeforeEach
	void oldAndNewEntries() {
		AuditTestTables.reset(this.jdbc);
		FileSystemUtils.deleteRecursively(this.properties.checkpointDir().toFile());
		this.out.getBuffer().setLength(0);
		this.clock.set(java.time.Instant.parse("2025-01-01T08:00:00Z"));
		append(1, 5);
		this.clock.advance(Duration.ofDays(400));
		append(6, 8);
	}

	@Test
	void archivesTheOldEntriesWithACheckpointAndTheRestStillVerifies() {
		AuditArchived archived = this.archiver.archive().orElseThrow();

		assertThat(archived.fromSequence()).isEqualTo(1);
		assertThat(archived.toSequence()).isEqualTo(5);
		assertThat(this.log.after(0, 100)).extracting(AuditEntry::sequence).containsExactly(6L, 7L, 8L, 9L);
		assertThat(this.log.latest(1).get(0).type()).isEqualTo("AuditArchived");
		ChainVerification verification = this.log.verify();
		assertThat(verification).isInstanceOf(ChainVerification.Intact.class);
		assertThat(verification.entriesChecked()).isEqualTo(9);
		assertThat(this.archiver.archive()).as("nothing more is old enough").isEmpty();
	}

	@Test
	void keepsWhatAReaderSuchAsTheSiemStillNeeds(@Autowired HeldFrom hold) {
		hold.firstNeeded = 4;
		try {
			AuditArchived archived = this.archiver.archive().orElseThrow();

			assertThat(archived.toSequence()).isEqualTo(3);
			assertThat(this.log.after(0, 100)).extracting(AuditEntry::sequence).startsWith(4L, 5L, 6L);
			assertThat(this.log.verify()).isInstanceOf(ChainVerification.Intact.class);
			hold.firstNeeded = 1;
			assertThat(this.archiver.archive()).as("nothing before the first needed entry").isEmpty();
		}
		finally {
			hold.firstNeeded = Long.MAX_VALUE;
		}
	}

	@Test
	void anArchiveVerifiesOnItsOwnWithTheCommandLine() {
		AuditArchived archived = this.archiver.archive().orElseThrow();

		assertThat(verifyArchive(archive(archived))).as(this.out.toString()).isZero();
		assertThat(this.out.toString()).startsWith("intact: 5 entries checked, newest checkpoint at entry 5");
	}

	@Test
	void anArchiveEditedAfterwardsIsBrokenAtTheEditedEntry() throws IOException {
		Path file = archive(this.archiver.archive().orElseThrow());
		rewriteGzip(file, "n3", "n0");

		assertThat(verifyArchive(file)).as(this.out.toString()).isEqualTo(1);
		assertThat(this.out.toString()).startsWith("broken at entry 3: Entry 3 was altered");
	}

	@Test
	void anArchiveCutShortIsFoundByItsCheckpoint() throws IOException {
		Path file = archive(this.archiver.archive().orElseThrow());
		rewriteGzipDroppingLastLine(file);

		assertThat(verifyArchive(file)).as(this.out.toString()).isEqualTo(1);
		assertThat(this.out.toString())
			.startsWith("broken at entry 5: The archive ends at entry 4, but no signed checkpoint names it");
	}

	@Test
	void refusesToDeleteEntriesThatNoArchiveCovers() {
		this.archiver.archive().orElseThrow();

		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("DELETE FROM audit_event WHERE sequence = 7"))
			.satisfies((refused) -> assertThat(refused.getMostSpecificCause())
				.hasMessageContaining("append-only: DELETE of entry 7 refused"));
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("DELETE FROM audit_archive"))
			.satisfies((refused) -> assertThat(refused.getMostSpecificCause())
				.hasMessageContaining("archive records are append-only"));
	}

	@Test
	void findsAnArchiveRecordForgedToDeleteEntries() {
		// an attacker with SQL but not the signing key, the triggers in place
		String hashOfThree = AuditTestTables.hashOf(this.jdbc, 3);
		this.jdbc.update("INSERT INTO audit_archive VALUES (3, ?, 'archives/none', CURRENT_TIMESTAMP)", hashOfThree);
		this.jdbc.update("DELETE FROM audit_event WHERE sequence <= 3");

		ChainVerification verification = this.log.verify();
		assertThat(verification).isInstanceOfSatisfying(ChainVerification.Broken.class, (broken) -> {
			assertThat(broken.firstBadSequence()).isEqualTo(3);
			assertThat(broken.problem())
				.startsWith("Entries up to 3 are recorded as archived, but no signed checkpoint names entry 3");
		});
	}

	private int verifyArchive(Path file) {
		return FieldTools.commandLine(new PrintWriter(this.out, true), new PrintWriter(new StringWriter(), true))
			.execute("audit", "verify", "--archive", file.toString(), "--key",
					this.secrets.path(ChainKey.SECRET).toString(), "--checkpoints",
					this.properties.checkpointDir().toString());
	}

	private Path archive(AuditArchived archived) {
		return this.properties.checkpointDir().resolve(archived.file());
	}

	private void append(int from, int to) {
		for (int i = from; i <= to; i++) {
			this.clock.advance(Duration.ofSeconds(1));
			this.publisher.publishEvent(DoorTested.of(AuditSubject.locker(i), "n" + i));
		}
	}

	private static void rewriteGzip(Path file, String from, String to) throws IOException {
		writeGzip(file, readGzip(file).replace(from, to));
	}

	private static void rewriteGzipDroppingLastLine(Path file) throws IOException {
		String text = readGzip(file).stripTrailing();
		writeGzip(file, text.substring(0, text.lastIndexOf('\n') + 1));
	}

	private static String readGzip(Path file) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(file))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static void writeGzip(Path file, String text) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
			gzip.write(text.getBytes(StandardCharsets.UTF_8));
		}
		Files.write(file, bytes.toByteArray());
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Time {

		@Bean
		@Primary
		MutableClock testClock() {
			return MutableClock.startingAt("2025-01-01T08:00:00Z");
		}

	}

	/** A reader holding entries back; by default it needs none. */
	static class HeldFrom implements ArchiveHold {

		volatile long firstNeeded = Long.MAX_VALUE;

		@Override
		public long firstNeeded() {
			return this.firstNeeded;
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Holding {

		@Bean
		HeldFrom heldFrom() {
			return new HeldFrom();
		}

	}

}
