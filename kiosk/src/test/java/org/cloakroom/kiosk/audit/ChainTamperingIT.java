package org.cloakroom.kiosk.audit;

import java.time.OffsetDateTime;

import org.cloakroom.kiosk.DatabaseOwnerLogin;
import org.cloakroom.kiosk.MutableClock;
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
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@ApplicationModuleTest
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:file:./target/test-db/tamper-${random.uuid}",
		"cloakroom.scheduling.enabled=false" })
class ChainTamperingIT {

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	TransactionTemplate transactions;

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
	AuditKeys keys;

	@BeforeEach
	void fiveEntries() {
		AuditTestTables.reset(this.jdbc);
		this.transactions.executeWithoutResult((status) -> {
			for (int i = 1; i <= 5; i++) {
				this.publisher.publishEvent(DoorTested.of(AuditSubject.locker(i), "n" + i));
			}
		});
		assertThat(this.log.verify()).isEqualTo(new ChainVerification.Intact(5));
		// from here on, an attacker with the database file
		AuditTestTables.dropTriggers(this.jdbc);
	}

	@Test
	void findsAnEntryWhoseDetailsWereEdited() {
		this.jdbc.update("UPDATE audit_event SET details = REPLACE(details, 'n3', 'n9') WHERE sequence = 3");

		assertBroken(3, "Entry 3 was altered");
	}

	@Test
	void findsAnEntryWhoseAlertFlagWasEdited() {
		this.jdbc.update("UPDATE audit_event SET alert = TRUE WHERE sequence = 2");

		assertBroken(2, "Entry 2 was altered");
	}

	@Test
	void findsAnEntryWhoseTimeWasEdited() {
		this.jdbc.update("UPDATE audit_event SET recorded_at = ? WHERE sequence = 4",
				OffsetDateTime.parse("2026-11-22T08:00:00.001Z"));

		assertBroken(4, "Entry 4 was altered");
	}

	@Test
	void findsAnEntryDeletedFromTheMiddle() {
		this.jdbc.update("DELETE FROM audit_event WHERE sequence = 3");

		assertBroken(3, "Entry 3 was deleted");
	}

	@Test
	void findsTheFirstEntriesDeleted() {
		this.jdbc.update("DELETE FROM audit_event WHERE sequence <= 2");

		assertBroken(1, "Entries 1 to 2 were deleted");
	}

	@Test
	void findsAnEntryDeletedFromTheEnd() {
		this.jdbc.update("DELETE FROM audit_event WHERE sequence = 5");

		assertBroken(5, "Entry 5 was deleted from the end");
	}

	@Test
	void findsAForgedEntryAppendedBehindTheLogsBack() {
		AuditTestTables.insert(this.jdbc,
				AuditTestTables.forge(this.keys.chainKey(), 6, "{}", AuditTestTables.hashOf(this.jdbc, 5)));

		assertBroken(6, "Entry 6 was not appended by the log");
	}

	@Test
	void findsAForgedEntryThatDoesNotLinkToTheOneBefore() {
		AuditTestTables.insert(this.jdbc,
				AuditTestTables.forge(this.keys.chainKey(), 6, "{}", AuditTestTables.hashOf(this.jdbc, 3)));

		assertBroken(6, "Entry 6 does not link to entry 5");
	}

	@Test
	void findsAnEntryReplacedByAForgeryWithAValidOwnHash() {
		this.jdbc.update("DELETE FROM audit_event WHERE sequence = 3");
		AuditTestTables.insert(this.jdbc,
				AuditTestTables.forge(this.keys.chainKey(), 3, "{}", AuditTestTables.hashOf(this.jdbc, 2)));

		assertBroken(4, "Entry 4 does not link to entry 3");
	}

	@Test
	void findsAForgedEntryBeforeTheFirst() {
		AuditTestTables.insert(this.jdbc,
				AuditTestTables.forge(this.keys.chainKey(), 0, "{}", CanonicalForm.GENESIS_HASH));

		assertBroken(0, "Entry 0 is out of place");
	}

	@Test
	void findsAnAlteredHead() {
		this.jdbc.update("UPDATE audit_chain_head SET last_hash = ?", "f".repeat(64));

		assertBroken(5, "The chain head's hash differs from entry 5's");
	}

	@Test
	void findsAForgeryHashedWithPlainSha256ItselfThoughItLinks() {
		this.jdbc.update("DELETE FROM audit_event WHERE sequence = 5");
		AuditTestTables.insert(this.jdbc, AuditTestTables.forgePlain(5, "{}", AuditTestTables.hashOf(this.jdbc, 4)));
		AuditTestTables.moveHead(this.jdbc, 5);

		assertBroken(5, "Entry 5 was altered: its hash is not keyed");
	}

	@Test
	void findsAnEditReHashedWithPlainSha256AtTheEditedEntry() {
		this.jdbc.update("UPDATE audit_event SET details = REPLACE(details, 'n3', 'n9') WHERE sequence = 3");
		AuditTestTables.Attacker.rehashPlain(this.jdbc, 3);

		assertBroken(3, "Entry 3 was altered: its hash is not keyed");
	}

	@Test
	void findsAnEntryDeletedWithTheRestRenumberedAndReHashedWithPlainSha256() {
		// the attack: delete an ALERT row, renumber the rest, re-hash them all
		this.jdbc.update("DELETE FROM audit_event WHERE sequence = 3");
		this.jdbc.update("UPDATE audit_event SET sequence = sequence - 1 WHERE sequence > 3");
		AuditTestTables.Attacker.rehashPlain(this.jdbc, 3);

		assertBroken(3, "Entry 3 was altered: its hash is not keyed");
	}

	@Test
	void findsAnInsertedEntryItselfNotItsSuccessor() {
		// entries 3 to 5 move up one; a forgery with a valid keyed hash takes 3's place
		this.jdbc.update("UPDATE audit_event SET sequence = sequence + 1000 WHERE sequence >= 3");
		this.jdbc.update("UPDATE audit_event SET sequence = sequence - 999 WHERE sequence >= 1000");
		AuditTestTables.insert(this.jdbc,
				AuditTestTables.forge(this.keys.chainKey(), 3, "{}", AuditTestTables.hashOf(this.jdbc, 2)));
		AuditTestTables.moveHead(this.jdbc, 6);

		assertBroken(3, "Entry 3 was inserted: entry 4 links to entry 2");
	}

	@Test
	void findsEntriesSwappedAtTheFirstOfThem() {
		this.jdbc.update("UPDATE audit_event SET sequence = -3 WHERE sequence = 3");
		this.jdbc.update("UPDATE audit_event SET sequence = 3 WHERE sequence = 4");
		this.jdbc.update("UPDATE audit_event SET sequence = 4 WHERE sequence = -3");

		assertBroken(3, "Entry 3 does not link to entry 2");
	}

	@Test
	void findsEntriesCutFromTheEndWithTheHeadMovedOnlyByItsKeyedHashes() {
		// without checkpoints, a tail cut with the head moved back is invisible: the
		// chain
		// that remains is intact; CheckpointTamperingIT finds it
		this.jdbc.update("DELETE FROM audit_event WHERE sequence >= 4");
		AuditTestTables.moveHead(this.jdbc, 3);

		assertThat(this.log.verify()).isEqualTo(new ChainVerification.Intact(3));
	}

	private void assertBroken(long sequence, String problem) {
		ChainVerification verification = this.log.verify();

		assertThat(verification.intact()).as("intact").isFalse();
		assertThat(verification).isInstanceOfSatisfying(ChainVerification.Broken.class, (broken) -> {
			assertThat(broken.firstBadSequence()).as("first bad sequence").isEqualTo(sequence);
			assertThat(broken.problem()).startsWith(problem);
		});
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
