package org.cloakroom.kiosk.fleet.pull;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * The kiosk applied central's configuration {@code version}, a snapshot or a delta since
 * the version it had: {@code put} things written and {@code removed} retired, revoked or
 * deleted, {@code counts} by kind ({@code employee 3 put, identity 1 removed}).
 */
@AuditType("ConfigurationApplied")
public record ConfigurationApplied(long version, String basis, Long since, String central, int put, int removed,
		String counts) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.kiosk();
	}

}
