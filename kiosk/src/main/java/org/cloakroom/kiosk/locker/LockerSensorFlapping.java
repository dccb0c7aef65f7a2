package org.cloakroom.kiosk.locker;

import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * A sensor changed {@code changes} times within {@code window}: a loose magnet, a broken
 * wire or tampering. The locker went to FAULT, locked, with its session.
 */
@AuditType("LockerSensorFlapping")
public record LockerSensorFlapping(LockerId lockerId, String sensor, int changes, Duration window, LockerState before,
		@JsonProperty("sessionId") StorageId storageId, Instant at) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.locker(this.lockerId.value());
	}

	@Override
	public boolean alert() {
		return true;
	}

}
