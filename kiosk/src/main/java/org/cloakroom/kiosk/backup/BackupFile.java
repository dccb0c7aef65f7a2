package org.cloakroom.kiosk.backup;

import java.time.Instant;

/**
 * One backup in the backup directory.
 *
 * @param file its name, {@code cloakroom-YYYYMMDD-HHMMSS.zip} (UTC)
 * @param takenAt when it was taken, read from its name
 * @param size its size in bytes
 */
public record BackupFile(String file, Instant takenAt, long size) {

}
