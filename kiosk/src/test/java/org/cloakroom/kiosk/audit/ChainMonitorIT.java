package org.cloakroom.kiosk.audit;

import java.util.Map;

import org.cloakroom.kiosk.DatabaseOwnerLogin;
import org.cloakroom.kiosk.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

@ApplicationModuleTest
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:file:./target/test-db/monitor-${random.uuid}",
		"cloakroom.scheduling.enabled=false" })
class ChainMonitorIT {

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
	ChainMonitor monitor;

	@Autowired
	AuditChainHealth health;

	@Autowired
	Checkpointer checkpointer;

	@Autowired
	AuditProperties properties;

	@Autowired
	AuditTable table;

	@Autowired
	AuditKeys keys;

	@Autowired
	java.time.Clock clock;

	@BeforeEach
	void threeEntries() {
		AuditTestTables.reset(this.jdbc);
		FileSystemUtils.deleteRecursively(this.properties.checkpointDir().toFile());
		for (int i = 1; i <= 3; i++) {
			this.publisher.publishEvent(DoorTested.of(AuditSubject.locker(i), "n" + i));
		}
		// the monitor remembers the last verdict across tests
		assertThat(this.monitor.verifyNow().intact()).isTrue();
	}

	@Test
	void isUpWithTheEntriesCheckedAndTheNewestCheckpoint() {
		Checkpoint checkpoint = this.checkpointer.sign().orElseThrow();

		assertThat(this.monitor.verifyNow().intact()).isTrue();

		Health health = this.health.health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("entriesChecked", 4L)
			.containsEntry("newestCheckpoint", Map.of("sequence", 3L, "signedAt", checkpoint.signedAt().toString()));
	}

	@Test
	void aBrokenChainIsOneAlertNamingTheFirstBadEntryAndHealthDown() {
		AuditTestTables.dropTriggers(this.jdbc);
		this.jdbc.update("UPDATE audit_event SET details = REPLACE(details, 'n2', 'n9') WHERE sequence = 2");

		this.monitor.verifyNow();
		this.monitor.verifyNow();

		Health health = this.health.health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("firstBadSequence", 2L)
			.containsEntry("problem", "Entry 2 was altered: its hash does not match its content.");
		assertThat(this.log.after(3, 10)).filteredOn((entry) -> entry.type().equals("AuditChainBroken"))
			.singleElement()
			.satisfies((alert) -> {
				assertThat(alert.type()).isEqualTo("AuditChainBroken");
				assertThat(alert.alert()).isTrue();
				assertThat(alert.details()).contains("\"firstBadSequence\":2", "Entry 2 was altered");
			});
	}

	@Test
	void signsACheckpointAfterTheFirstIntactVerificationOfAStartOnly() {
		Checkpointer started = new Checkpointer(this.table, this.keys, this.properties, this.clock, this.publisher);

		started.verified(new ChainVerified(new ChainVerification.Intact(3)));
		this.publisher.publishEvent(DoorTested.of(AuditSubject.locker(9), "n9"));
		started.verified(new ChainVerified(new ChainVerification.Intact(5)));

		assertThat(this.log.after(3, 10)).extracting(AuditEntry::type)
			.containsExactly(AuditCheckpointSigned.TYPE, "DoorTested");
	}

	@Test
	void signsTheHeadWhenTheApplicationStops() throws Exception {
		this.publisher.publishEvent(DoorTested.of(AuditSubject.locker(9), "last before shutdown"));
		long head = this.log.latest(1).get(0).sequence();

		this.checkpointer.stop();
		this.checkpointer.start();

		assertThat(this.log.latest(1).get(0).type()).isEqualTo(AuditCheckpointSigned.TYPE);
		try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files
			.list(this.properties.checkpointDir())) {
			assertThat(files.map((file) -> file.getFileName().toString()))
				.anyMatch((name) -> name.startsWith(String.format("checkpoint-%012d-", head)));
		}
	}

	@Test
	void signsNoCheckpointWhileTheLastVerificationFoundTheLogBroken() {
		AuditTestTables.dropTriggers(this.jdbc);
		this.jdbc.update("UPDATE audit_event SET alert = TRUE WHERE sequence = 1");
		this.monitor.verifyNow();

		assertThat(this.checkpointer.sign()).isEmpty();
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
