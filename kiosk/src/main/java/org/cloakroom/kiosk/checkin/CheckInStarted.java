package org.cloakroom.kiosk.checkin;

import java.time.Instant;
import java.util.List;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * An employee identified at the door; the event carries every phone's decision with all
 * its reasons, so the log explains each later step.
 */
@AuditType("CheckInStarted")
public record CheckInStarted(long employeeId, String visitId, String identifiedBy, List<PhoneAssessment> phones,
		UnenrolledNotice unenrolled, Instant at) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.employee(this.employeeId);
	}

}
