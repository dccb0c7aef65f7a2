package org.cloakroom.kiosk.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.cloakroom.kiosk.DatabaseOwnerLogin;
import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.Refusal;
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
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

@ApplicationModuleTest
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:audit-${random.uuid};DB_CLOSE_DELAY=-1",
		"cloakroom.scheduling.enabled=false" })
class AuditChainIT {

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
	MutableClock clock;

	@Autowired
	AuditLog log;

	@Autowired
	AuditKeys keys;

	@Autowired
	SecretFiles secrets;

	@BeforeEach
	void emptyLog() {
		AuditTestTables.reset(this.jdbc);
		this.clock.set(Instant.parse("2026-11-22T08:00:00.123456Z"));
	}

	@Test
	void appendsEventsInOrderEachLinkedToTheOneBefore() {
		publishInTransaction(DoorTested.of(AuditSubject.locker(7), "first"),
				DoorTested.of(AuditSubject.locker(8), "second"), DoorTested.of(AuditSubject.locker(7), "third"));

		List<AuditEntry> entries = this.log.after(0, 10);
		assertThat(entries).extracting(AuditEntry::sequence).containsExactly(1L, 2L, 3L);
		assertThat(entries.get(0).previousHash()).isEqualTo(CanonicalForm.GENESIS_HASH);
		assertThat(entries.get(1).previousHash()).isEqualTo(entries.get(0).hash());
		assertThat(entries.get(2).previousHash()).isEqualTo(entries.get(1).hash());
		assertThat(entries).allSatisfy((entry) -> {
			assertThat(entry.keyId()).isEqualTo(this.keys.chainKey().id());
			assertThat(AuditTestTables.Attacker.hmac(chainKeyBytes(), CanonicalForm.lines(entry)))
				.isEqualTo(entry.hash());
		});
		assertThat(AuditTestTables.head(this.jdbc)).isEqualTo(new ChainHead(3, entries.get(2).hash()));
		assertThat(this.log.verify()).isEqualTo(new ChainVerification.Intact(3));
	}

	@Test
	void recordsTypeSubjectAlertDetailsAndTheClocksMillisecond() {
		publishInTransaction(new DoorTested(AuditSubject.locker(7), "forced", Instant.parse("2026-11-22T07:00:00Z"),
				Map.of("b", 2, "a", 1), true));

		AuditEntry entry = this.log.latest(1).get(0);
		assertThat(entry.type()).isEqualTo("DoorTested");
		assertThat(entry.subject()).isEqualTo("locker:7");
		assertThat(entry.alert()).isTrue();
		assertThat(entry.at()).isEqualTo(Instant.parse("2026-11-22T08:00:00.123Z"));
		assertThat(entry.details()).isEqualTo(
				"{\"alert\":true,\"counts\":{\"a\":1,\"b\":2},\"note\":\"forced\",\"subject\":\"locker:7\",\"when\":\"2026-11-22T07:00:00Z\"}");
	}

	@Test
	void publishesTheRecordedEntry(AssertablePublishedEvents events) {
		publishInTransaction(DoorTested.of(AuditSubject.locker(7), "first"));

		assertThat(events).contains(AuditEntryRecorded.class)
			.matching((recorded) -> recorded.entry().sequence() == 1 && recorded.entry().subject().equals("locker:7"));
	}

	@Test
	void rolledBackTransactionLeavesNoEntryAndTheHeadUnmoved() {
		publishInTransaction(DoorTested.of(AuditSubject.locker(7), "kept"));
		ChainHead before = AuditTestTables.head(this.jdbc);

		this.transactions.executeWithoutResult((status) -> {
			this.publisher.publishEvent(DoorTested.of(AuditSubject.locker(7), "rolled back"));
			status.setRollbackOnly();
		});

		assertThat(this.log.after(0, 10)).extracting(AuditEntry::details).noneMatch((d) -> d.contains("rolled back"));
		assertThat(AuditTestTables.head(this.jdbc)).isEqualTo(before);
		assertThat(this.log.verify()).isEqualTo(new ChainVerification.Intact(1));
	}

	@Test
	void refusesASubjectOfMoreThanOneLineAndSoThePublishersChange() {
		assertThatIllegalArgumentException().isThrownBy(() -> publishInTransaction(new BadgeTested("7\nbadge:8")))
			.withMessageContaining("subject")
			.withMessageContaining(BadgeTested.class.getName());
		assertThat(this.log.latest(10)).isEmpty();
	}

	@Test
	void refusesAnEventWithoutASubject() {
		assertThatIllegalArgumentException().isThrownBy(() -> publishInTransaction(new BadgeTested(null)))
			.withMessageContaining("subject")
			.withMessageContaining(BadgeTested.class.getName());
		assertThat(this.log.latest(10)).isEmpty();
	}

	@Test
	void refusesAnEventThatDeclaresNoType() {
		AuditableEvent untyped = () -> AuditSubject.locker(7);

		assertThatIllegalStateException().isThrownBy(() -> publishInTransaction(untyped))
			.withMessageContaining(untyped.getClass().getName())
			.withMessageContaining("@AuditType");
		assertThat(this.log.latest(10)).isEmpty();
	}

	@Test
	void appendsWithoutASurroundingTransactionInOneTotalOrderAcrossThreads() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int thread = 0; thread < 4; thread++) {
				AuditSubject subject = AuditSubject.locker(thread);
				done.add(threads.submit(() -> IntStream.range(0, 25)
					.forEach((i) -> this.publisher.publishEvent(DoorTested.of(subject, "n" + i)))));
			}
			for (Future<?> each : done) {
				each.get(30, TimeUnit.SECONDS);
			}
		}
		finally {
			threads.shutdown();
			threads.awaitTermination(30, TimeUnit.SECONDS);
		}

		assertThat(this.log.verify()).isEqualTo(new ChainVerification.Intact(100));
		assertThat(this.log.about("locker:2", 500)).hasSize(25)
			.extracting(AuditEntry::details)
			.first()
			.asString()
			.contains("\"note\":\"n0\"");
	}

	@Test
	void findsTheChainIntactWhileOthersAppend() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int thread = 0; thread < 2; thread++) {
				done.add(threads.submit(() -> IntStream.range(0, 100)
					.forEach((i) -> this.publisher.publishEvent(DoorTested.of(AuditSubject.locker(1), "n" + i)))));
			}
			while (!done.stream().allMatch(Future::isDone)) {
				ChainVerification during = this.log.verify();
				assertThat(during).isInstanceOf(ChainVerification.Intact.class);
			}
			for (Future<?> each : done) {
				each.get(30, TimeUnit.SECONDS);
			}
		}
		finally {
			threads.shutdown();
			threads.awaitTermination(30, TimeUnit.SECONDS);
		}

		assertThat(this.log.verify()).isEqualTo(new ChainVerification.Intact(200));
	}

	@Test
	void readsNewestFirstAfterASequenceAndAboutASubject() {
		for (int i = 1; i <= 6; i++) {
			this.clock.advance(Duration.ofSeconds(1));
			publishInTransaction(DoorTested.of(AuditSubject.locker((i % 2 == 0) ? 2 : 1), "n" + i));
		}

		assertThat(this.log.latest(2)).extracting(AuditEntry::sequence).containsExactly(6L, 5L);
		assertThat(this.log.after(4, 10)).extracting(AuditEntry::sequence).containsExactly(5L, 6L);
		assertThat(this.log.about("locker:2", 10)).extracting(AuditEntry::sequence).containsExactly(2L, 4L, 6L);
		assertThat(this.log.about(AuditSubject.locker(2), 2)).extracting(AuditEntry::sequence).containsExactly(4L, 6L);
	}

	@Test
	void clampsLimitsToTheMaximumAndRefusesNonPositiveOnes() {
		AuditTestTables.appendValid(this.jdbc, this.keys.chainKey(), AuditLog.MAX_LIMIT + 1);

		assertThat(this.log.latest(Integer.MAX_VALUE)).hasSize(AuditLog.MAX_LIMIT);
		assertThat(this.log.after(0, AuditLog.MAX_LIMIT + 1)).hasSize(AuditLog.MAX_LIMIT);
		assertThatExceptionOfType(AuditRefusal.class).isThrownBy(() -> this.log.latest(0))
			.satisfies((refusal) -> assertThat(refusal.code()).isEqualTo("audit-limit-too-small"))
			.satisfies((refusal) -> assertThat(refusal.arguments()).containsExactly("0"));
		assertThatExceptionOfType(AuditRefusal.class).isThrownBy(() -> this.log.after(0, -1))
			.satisfies((refusal) -> assertThat(refusal.code()).isEqualTo("audit-limit-too-small"));
		assertThatExceptionOfType(AuditRefusal.class).isThrownBy(() -> this.log.about(" ", 1))
			.satisfies((refusal) -> assertThat(refusal.code()).isEqualTo("audit-subject-missing"))
			.satisfies((refusal) -> assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID));
	}

	@Test
	void verifiesAChainLongerThanOnePage() {
		AuditTestTables.appendValid(this.jdbc, this.keys.chainKey(), 1234);

		assertThat(this.log.verify()).isEqualTo(new ChainVerification.Intact(1234));
	}

	/** The chain key as its secret file holds it, read as an officer's script would. */
	private byte[] chainKeyBytes() {
		String text = this.secrets.read(ChainKey.SECRET).orElseThrow();
		return java.util.Base64.getUrlDecoder().decode(text);
	}

	private void publishInTransaction(AuditableEvent... events) {
		this.transactions.executeWithoutResult((status) -> {
			for (AuditableEvent event : events) {
				this.publisher.publishEvent(event);
			}
		});
	}

	/** An event whose subject is built when the log records it, from text as typed. */
	@AuditType("BadgeTested")
	record BadgeTested(String badge) implements AuditableEvent {

		@Override
		public AuditSubject subject() {
			return (this.badge != null) ? AuditSubject.badge(this.badge) : null;
		}

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
