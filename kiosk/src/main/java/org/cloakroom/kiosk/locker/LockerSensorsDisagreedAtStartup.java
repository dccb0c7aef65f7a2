package org.cloakroom.kiosk.locker;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * At start-up the sensors disagreed with the persisted state (a door open on a free or
 * stored locker, an empty tray under a stored phone). The locker is locked and in FAULT;
 * {@code reason} is a code whose words (what happened, what an officer does) are in the
 * message bundle. {@code occupied} is null without an occupancy sensor.
 */
@AuditType("LockerSensorsDisagreedAtStartup")
public record LockerSensorsDisagreedAtStartup(LockerId lockerId, LockerState before, LockerState after,
		@JsonProperty("sessionId") StorageId storageId, boolean doorOpen, Boolean occupied, RecoveryReason reason,
		Instant at) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.locker(this.lockerId.value());
	}

	@Override
	public boolean alert() {
		return true;
	}

}
