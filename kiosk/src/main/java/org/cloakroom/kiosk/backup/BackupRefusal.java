package org.cloakroom.kiosk.backup;

import org.cloakroom.kiosk.Refusal;

/**
 * A backup an admin asked for could not be written; its words are {@code refusal.<code>}
 * in {@code messages/backup.properties}.
 */
public final class BackupRefusal extends Refusal {

	private BackupRefusal(String code, Object... arguments) {
		super(Kind.CONFLICT, code, arguments);
	}

	static BackupRefusal failed(String directory, String problem) {
		return new BackupRefusal("backup-failed", directory, problem);
	}

}
