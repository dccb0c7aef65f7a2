package org.cloakroom.kiosk.policy;

import java.time.Instant;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;
import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.enrolment.PhoneId;

/**
 * An admin exempted a phone, or every phone of an employee, from storage until a time.
 */
@AuditType("ExemptionGranted")
public record ExemptionGranted(long exemptionId, PhoneId phoneId, EmployeeId employeeId, Instant expiresAt,
		String grantedBy, String reason) implements AuditableEvent {

	static ExemptionGranted of(Exemption exemption) {
		return new ExemptionGranted(exemption.id(), exemption.phoneId(), exemption.employeeId(), exemption.expiresAt(),
				exemption.grantedBy(), exemption.reason());
	}

	@Override
	public AuditSubject subject() {
		return (this.phoneId != null) ? AuditSubject.phone(this.phoneId.value())
				: AuditSubject.employee(this.employeeId.value());
	}

}
