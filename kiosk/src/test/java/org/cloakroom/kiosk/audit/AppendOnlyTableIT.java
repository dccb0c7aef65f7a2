package org.cloakroom.kiosk.audit;

import java.sql.SQLException;

import org.cloakroom.kiosk.DatabaseOwnerLogin;
import org.cloakroom.kiosk.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The database itself refuses to change the log (migration V14's triggers), whoever is
 * connected: here the database's owner and administrator, the most privileged user.
 */
@ApplicationModuleTest
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:file:./target/test-db/append-only-${random.uuid}",
		"cloakroom.scheduling.enabled=false" })
class AppendOnlyTableIT {

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

	@BeforeEach
	void threeEntries() {
		AuditTestTables.reset(this.jdbc);
		for (int i = 1; i <= 3; i++) {
			this.publisher.publishEvent(DoorTested.of(AuditSubject.locker(i), "n" + i));
		}
	}

	@Test
	void refusesToUpdateAnEntry() {
		assertRefused(() -> this.jdbc.update("UPDATE audit_event SET details = '{}' WHERE sequence = 2"),
				"The audit log is append-only: UPDATE of entry 2 refused");
	}

	@Test
	void refusesToDeleteAnEntryOrAllOfThem() {
		assertRefused(() -> this.jdbc.update("DELETE FROM audit_event WHERE sequence = 3"),
				"The audit log is append-only: DELETE of entry 3 refused");
		assertRefused(() -> this.jdbc.update("DELETE FROM audit_event"), "append-only: DELETE");
	}

	@Test
	void refusesToTruncateTheLog() {
		// no trigger fires on TRUNCATE: the empty table audit_truncate_guard refers to
		// the log
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("TRUNCATE TABLE audit_event"))
			.satisfies((refused) -> assertThat(refused.getMostSpecificCause()).hasMessageContaining("Cannot truncate"));
		assertThat(this.log.verify()).isEqualTo(new ChainVerification.Intact(3));
	}

	@Test
	void refusesToMoveTheHeadBackOrItsKeyingStartOrToDeleteIt() {
		assertRefused(() -> this.jdbc.update("UPDATE audit_chain_head SET last_sequence = 2"),
				"The audit chain head only moves forward: from entry 3 to 2 refused");
		assertRefused(() -> this.jdbc.update("UPDATE audit_chain_head SET keyed_from = 4, last_sequence = 4"),
				"keying start (keyed_from) cannot change");
		assertRefused(() -> this.jdbc.update("DELETE FROM audit_chain_head"), "cannot be deleted");
	}

	@Test
	void theApplicationsOwnLoginCannotDropTheTriggersNorChangeTheLog(@Autowired JdbcTemplate application) {
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> application.update("DROP TRIGGER audit_event_append_only"))
			.satisfies(
					(refused) -> assertThat(refused.getMostSpecificCause()).hasMessageContaining("Not enough rights"));
		assertRefused(() -> application.update("UPDATE audit_event SET alert = NOT alert WHERE sequence = 1"),
				"The audit log is append-only: UPDATE of entry 1 refused");
		assertRefused(() -> application.update("DELETE FROM audit_event WHERE sequence = 3"),
				"The audit log is append-only: DELETE of entry 3 refused");
	}

	@Test
	void stillAppends() {
		this.publisher.publishEvent(DoorTested.of(AuditSubject.locker(4), "n4"));

		assertThat(this.log.verify()).isEqualTo(new ChainVerification.Intact(4));
	}

	private void assertRefused(Runnable statement, String message) {
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(statement::run)
			.satisfies((refused) -> assertThat(refused.getMostSpecificCause()).isInstanceOf(SQLException.class)
				.hasMessageContaining(message));
		assertThat(this.log.verify()).isEqualTo(new ChainVerification.Intact(3));
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
