package org.cloakroom.kiosk.locker;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * A deposit ended without the occupancy sensor ever confirming a phone (every allowed try
 * closed on an empty tray, or the time ran out after one did): the locker is locked and
 * free, the session abandoned and nobody let in. Officers see it because an employee who
 * had to store a phone did not.
 */
@AuditType("LockerDepositNotConfirmed")
public record LockerDepositNotConfirmed(LockerId lockerId, @JsonProperty("sessionId") StorageId storageId,
		int emptyCloses, String because, Instant at) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.locker(this.lockerId.value());
	}

	@Override
	public boolean alert() {
		return true;
	}

}
