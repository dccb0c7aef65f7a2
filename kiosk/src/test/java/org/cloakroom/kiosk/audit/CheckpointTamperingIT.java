package org.cloakroom.kiosk.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import org.cloakroom.kiosk.DatabaseOwnerLogin;
import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.SecretFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tampering that the entries alone cannot show, found by the signed checkpoints: a log
 * re-hashed (with or without the chain key), cut from the end with its head moved back,
 * its keying start moved, and checkpoint files deleted, altered or forged. On a real H2
 * file; the attacker drops the append-only triggers first.
 */
@ApplicationModuleTest
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:file:./target/test-db/checkpoints-${random.uuid}",
		"cloakroom.scheduling.enabled=false" })
class CheckpointTamperingIT {

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
	Checkpointer checkpointer;

	@Autowired
	AuditProperties properties;

	@Autowired
	SecretFiles secrets;

	@Autowired
	MutableClock clock;

	private Checkpoint atFive;

	private Checkpoint atNine;

	/**
	 * Entries 1-5, a checkpoint at 5 (recorded as entry 6), entries 7-9, a checkpoint at
	 * 9 (entry 10).
	 */
	@BeforeEach
	void tenEntriesTwoCheckpoints() {
		AuditTestTables.reset(this.jdbc);
		FileSystemUtils.deleteRecursively(this.properties.checkpointDir().toFile());
		append(1, 5);
		this.atFive = this.checkpointer.sign().orElseThrow();
		append(7, 9);
		this.clock.advance(java.time.Duration.ofMinutes(15));
		this.atNine = this.checkpointer.sign().orElseThrow();
		assertThat(this.atNine.sequence()).isEqualTo(9);
		assertThat(this.log.verify()).isEqualTo(new ChainVerification.Intact(10, this.atNine));
		AuditTestTables.dropTriggers(this.jdbc);
	}

	@Test
	void writesACheckpointThatVerifiesWithItsPublicKeyAndRecordsIt() throws IOException {
		Path file = checkpointFile(9);
		List<String> lines = Files.readAllLines(file);
		assertThat(lines).hasSize(8).startsWith(Checkpoint.MAGIC, "sequence 9");
		String signedMessage = String.join("\n", lines.subList(0, 7)) + "\n";
		CheckpointKey publicKey = CheckpointKey.verifying(
				Files.readString(
						this.properties.checkpointDir().resolve("signing-key-" + this.atNine.signingKey() + ".pem")),
				"pem");
		assertThat(publicKey.verifies(signedMessage.getBytes(),
				Base64.getDecoder().decode(lines.get(7).substring("signature ".length()))))
			.isTrue();
		assertThat(this.log.after(9, 1).get(0).type()).isEqualTo(AuditCheckpointSigned.TYPE);
		assertThat(this.log.after(9, 1).get(0).details()).contains("\"sequence\":9", this.atNine.signature());
	}

	@Test
	void signsNothingWhenOnlyTheLastCheckpointWasAppendedSince() {
		assertThat(this.checkpointer.sign()).isEmpty();
	}

	@Test
	void findsALogReHashedWithTheStolenChainKeyAtTheCheckpointItContradicts() {
		this.jdbc.update("UPDATE audit_event SET details = REPLACE(details, 'n7', 'n0') WHERE sequence = 7");
		AuditTestTables.Attacker.rehashKeyed(this.jdbc, 7, stolenChainKey(), chainKeyId());

		ChainVerification.Broken broken = assertBroken(6, "Entries 6 to 9 were rewritten: entry 9's hash differs");
		assertThat(broken.problem()).contains(checkpointFile(9).getFileName().toString())
			.contains("Entry 5 still matches");
	}

	@Test
	void findsAWholeLogReHashedWithPlainSha256AtItsFirstEntryWhateverTheHeadSays() {
		AuditTestTables.Attacker.rehashPlain(this.jdbc, 1);
		this.jdbc.update("UPDATE audit_chain_head SET keyed_from = 11");

		assertBroken(1,
				"Entry 1 was altered: its hash is not keyed (plain SHA-256?), but the log is keyed from entry 1");
	}

	@Test
	void findsEntriesCutFromTheEndWithTheHeadMovedBack() {
		this.jdbc.update("DELETE FROM audit_event WHERE sequence >= 8");
		AuditTestTables.moveHead(this.jdbc, 7);

		assertBroken(8, "Entries 8 to 9 were deleted from the end: the checkpoint signed at");
	}

	@Test
	void findsACutThatTookTheCheckpointsOwnEntryToo() {
		this.jdbc.update("DELETE FROM audit_event WHERE sequence >= 5");
		AuditTestTables.moveHead(this.jdbc, 4);

		assertBroken(5, "Entries 5 to 9 were deleted from the end");
	}

	@Test
	void findsTheKeyingStartMoved() {
		this.jdbc.update("UPDATE audit_chain_head SET keyed_from = 4");

		assertBroken(1, "The chain head says the log is keyed from entry 4, but the checkpoint");
	}

	@Test
	void findsACheckpointFileDeletedFromTheLogsOwnRecordOfIt() throws IOException {
		Path file = checkpointFile(9);
		Files.delete(file);

		ChainVerification.CheckpointBroken broken = assertCheckpointBroken(file.getFileName().toString());
		assertThat(broken.problem()).startsWith("The checkpoint of entry 9 that entry 10 recorded")
			.contains("is missing");
	}

	@Test
	void findsACheckpointFileAltered() throws IOException {
		Path file = checkpointFile(5);
		Files.writeString(file, Files.readString(file).replace("sequence 5", "sequence 4"));

		assertThat(assertCheckpointBroken(file.getFileName().toString()).problem())
			.isEqualTo("The checkpoint of entry 4 was altered: its signature does not match its content.");
	}

	@Test
	void findsACheckpointSignedByAKeyTheKioskDoesNotTrust() throws IOException {
		CheckpointKey forger = CheckpointKey.parse(CheckpointKey.generate(), "forger");
		Checkpoint forged = new Checkpoint(9, "f".repeat(64), this.atNine.signedAt(), chainKeyId(), 1, forger.id(),
				null);
		forged = forged.signed(Base64.getEncoder().encodeToString(forger.sign(forged.signedMessage())));
		Path file = checkpointFile(9);
		Files.writeString(file, forged.text());

		assertThat(assertCheckpointBroken(file.getFileName().toString()).problem())
			.contains("signed by key " + forger.id() + ", which this kiosk does not trust");
	}

	@Test
	void findsAKeyedReHashWhoseCheckpointsWereAllDeletedByTheLogsRecordOfThem() throws IOException {
		AuditTestTables.Attacker.rehashKeyed(this.jdbc, 3, stolenChainKey(), chainKeyId());
		FileSystemUtils.deleteRecursively(this.properties.checkpointDir());

		assertThat(assertCheckpointBroken(checkpointName(this.atFive.sequence())).problem())
			.startsWith("The checkpoint of entry 5 that entry 6 recorded");
	}

	private void append(int from, int to) {
		for (int i = from; i <= to; i++) {
			this.clock.advance(java.time.Duration.ofSeconds(1));
			this.publisher.publishEvent(DoorTested.of(AuditSubject.locker(i), "n" + i));
		}
	}

	private byte[] stolenChainKey() {
		return Base64.getUrlDecoder().decode(this.secrets.read(ChainKey.SECRET).orElseThrow());
	}

	private String chainKeyId() {
		return this.atNine.keyId();
	}

	private Path checkpointFile(long sequence) {
		try (Stream<Path> files = Files.list(this.properties.checkpointDir())) {
			return files.filter((file) -> file.getFileName().toString().startsWith(checkpointName(sequence)))
				.findFirst()
				.orElseThrow();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String checkpointName(long sequence) {
		return String.format("checkpoint-%012d-", sequence);
	}

	private ChainVerification.Broken assertBroken(long sequence, String problem) {
		ChainVerification verification = this.log.verify();

		assertThat(verification).isInstanceOf(ChainVerification.Broken.class);
		ChainVerification.Broken broken = (ChainVerification.Broken) verification;
		assertThat(broken.firstBadSequence()).as("first bad sequence of: %s", broken.problem()).isEqualTo(sequence);
		assertThat(broken.problem()).startsWith(problem);
		return broken;
	}

	private ChainVerification.CheckpointBroken assertCheckpointBroken(String file) {
		ChainVerification verification = this.log.verify();

		assertThat(verification).isInstanceOf(ChainVerification.CheckpointBroken.class);
		ChainVerification.CheckpointBroken broken = (ChainVerification.CheckpointBroken) verification;
		assertThat(broken.checkpoint()).startsWith(file);
		return broken;
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Time {

		@Bean
		@Primary
		MutableClock testClock() {
			return MutableClock.startingAt("2026-11-22T08:00:00Z");
		}

	}

}
