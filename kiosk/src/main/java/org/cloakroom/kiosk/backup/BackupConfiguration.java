package org.cloakroom.kiosk.backup;

import java.time.Clock;
import java.time.ZoneId;

import org.cloakroom.kiosk.DatabaseOwner;
import org.cloakroom.kiosk.audit.AuditLog;
import org.cloakroom.kiosk.locker.Lockers;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The backups, their health, the nightly schedule when {@code cloakroom.backup.enabled}
 * (and scheduling: tests take backups themselves), and the recording of a restore at the
 * start after it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BackupProperties.class)
class BackupConfiguration {

	@Bean
	DatabaseBackups databaseBackups(DatabaseOwner owner, BackupProperties properties, Clock clock,
			ApplicationEventPublisher events) {
		return new DatabaseBackups(owner, properties, clock, events);
	}

	@Bean
	RestoreRecording restoreRecording(JdbcClient jdbc, AuditLog auditLog, ApplicationEventPublisher events,
			Lockers lockers) {
		return new RestoreRecording(jdbc, auditLog, events, lockers);
	}

	@Bean("backupHealthIndicator")
	BackupHealth backupHealth(DatabaseBackups backups, BackupProperties properties, Clock clock) {
		return new BackupHealth(backups, properties, clock, ZoneId.systemDefault());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty(name = "cloakroom.scheduling.enabled", matchIfMissing = true)
	static class Schedule {

		@Bean
		@ConditionalOnBooleanProperty("cloakroom.backup.enabled")
		NightlyBackup nightlyBackup(DatabaseBackups backups) {
			return new NightlyBackup(backups);
		}

	}

}
