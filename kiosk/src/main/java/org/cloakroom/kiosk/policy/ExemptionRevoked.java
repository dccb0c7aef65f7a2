package org.cloakroom.kiosk.policy;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/** An admin revoked an exemption before it expired. */
@AuditType("ExemptionRevoked")
public record ExemptionRevoked(long exemptionId, Long phoneId, Long employeeId, String revokedBy,
		String because) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return (this.phoneId != null) ? AuditSubject.phone(this.phoneId) : AuditSubject.employee(this.employeeId);
	}

}
