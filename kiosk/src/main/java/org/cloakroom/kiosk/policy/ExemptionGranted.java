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
public record ExemptionGranted(long exemptionId, Long phoneId, Long employeeId, Instant expiresAt, String grantedBy,
		String reason) implements AuditableEvent {

	static ExemptionGranted of(Exemption exemption) {
		return new ExemptionGranted(exemption.id(), value(exemption.phoneId()), value(exemption.employeeId()),
				exemption.expiresAt(), exemption.grantedBy(), exemption.reason());
	}

	/** The bare number the log records, or null. */
	static Long value(PhoneId id) {
		return (id != null) ? id.value() : null;
	}

	static Long value(EmployeeId id) {
		return (id != null) ? id.value() : null;
	}

	@Override
	public AuditSubject subject() {
		return (this.phoneId != null) ? AuditSubject.phone(this.phoneId) : AuditSubject.employee(this.employeeId);
	}

}
