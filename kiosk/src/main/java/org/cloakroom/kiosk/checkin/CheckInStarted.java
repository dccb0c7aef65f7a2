package org.cloakroom.kiosk.checkin;

import java.time.Instant;
import java.util.List;

import org.cloakroom.kiosk.audit.AuditSubject;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;
import org.cloakroom.kiosk.enrolment.EmployeeId;

/**
 * An employee identified at the door; the event carries every phone's decision with all
 * its reasons, so the log explains each later step. The log has always named the
 * check-in's id {@code visitId}.
 */
@AuditType("CheckInStarted")
public record CheckInStarted(EmployeeId employeeId, @JsonProperty("visitId") CheckInId checkInId, String identifiedBy,
		List<PhoneAssessment> phones, UnenrolledNotice unenrolled, Instant at) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.employee(this.employeeId.value());
	}

}
