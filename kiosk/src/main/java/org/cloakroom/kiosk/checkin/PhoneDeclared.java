package org.cloakroom.kiosk.checkin;

import java.time.Instant;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;
import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.enrolment.PhoneId;

/**
 * An employee answered whether they carry a phone the kiosk did not see; evidence if it
 * is later seen inside. This entry is the answer's record.
 */
@AuditType("PhoneDeclared")
public record PhoneDeclared(EmployeeId employeeId, PhoneId phoneId, boolean carried,
		Instant at) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.phone(this.phoneId.value());
	}

}
