package org.cloakroom.kiosk.checkin;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;
import org.cloakroom.kiosk.ble.Zone;
import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.enrolment.PhoneId;

/**
 * A phone the kiosk was asking about was heard at the door after the badge, before the
 * employee answered: its presence at badge now places it here (with {@code confidence}),
 * so it is no longer asked about. The check-in's id is {@code visitId}, as in
 * {@link CheckInStarted}.
 */
@AuditType("PhoneHeardAfterBadge")
public record PhoneHeardAfterBadge(EmployeeId employeeId, @JsonProperty("visitId") CheckInId checkInId, PhoneId phoneId,
		int packets, double confidence, Zone proximity, Instant at) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.phone(this.phoneId.value());
	}

}
