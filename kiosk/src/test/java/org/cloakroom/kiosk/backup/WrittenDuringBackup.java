package org.cloakroom.kiosk.backup;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * An event of the tests, standing in for the check-ins a kiosk writes while it backs up.
 */
@AuditType("WrittenDuringBackup")
record WrittenDuringBackup(int number) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.kiosk();
	}

}
