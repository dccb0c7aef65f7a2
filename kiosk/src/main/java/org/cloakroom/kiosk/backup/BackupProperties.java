package org.cloakroom.kiosk.backup;

import java.nio.file.Path;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.validation.annotation.Validated;

/**
 * The database's backups, under {@code cloakroom.backup}.
 *
 * @param enabled whether the program takes a backup on {@code schedule} (the kiosk
 * profile turns it on; an admin can take one at any time)
 * @param directory where backups are written ({@code cloakroom-YYYYMMDD-HHMMSS.zip}); it
 * must exist
 * @param schedule when, as a Spring cron expression (second minute hour day month
 * weekday), in the kiosk's time zone
 * @param keep how many backups are kept, newest first
 */
@ConfigurationProperties("cloakroom.backup")
@Validated
record BackupProperties(@DefaultValue("false") boolean enabled,
		@NotNull @DefaultValue("/var/lib/cloakroom/backups") Path directory,
		@NotNull @DefaultValue("0 30 2 * * *") String schedule, @Min(1) @DefaultValue("7") int keep) {

	BackupProperties {
		if (schedule != null && !CronExpression.isValidExpression(schedule)) {
			throw new IllegalArgumentException("cloakroom.backup.schedule is not a cron expression (second minute hour"
					+ " day month weekday, e.g. \"0 30 2 * * *\"), was '" + schedule + "'");
		}
	}

	CronExpression cron() {
		return CronExpression.parse(this.schedule);
	}

}
