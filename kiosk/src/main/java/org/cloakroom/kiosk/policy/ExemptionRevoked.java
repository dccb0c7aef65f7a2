package org.cloakroom.kiosk.policy;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;
import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.enrolment.PhoneId;

/** An admin revoked an exemption before it expired. */
@AuditType("ExemptionRevoked")
public record ExemptionRevoked(long exemptionId, PhoneId phoneId, EmployeeId employeeId, String revokedBy,
		String because) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return (this.phoneId != null) ? AuditSubject.phone(this.phoneId.value())
				: AuditSubject.employee(this.employeeId.value());
	}

}
