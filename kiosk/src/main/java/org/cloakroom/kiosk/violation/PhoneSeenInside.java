package org.cloakroom.kiosk.violation;

import java.time.Instant;
import java.util.List;

import org.cloakroom.kiosk.alert.AlertSeverity;
import org.cloakroom.kiosk.alert.RaisesAlert;
import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * A phone that must be stored (MUST_STORE, or UNKNOWN) was heard INSIDE the area while it
 * is not in a locker: who, which phone, which adapters heard it and how strongly, how
 * sure proximity is that it is inside ({@code confidence}, 0 to 1), and the door's
 * evidence ({@code declaredCarried} is the last answer at check-in, null if never asked;
 * the last storage's times, null if never).
 */
@AuditType("PhoneSeenInside")
public record PhoneSeenInside(String episodeKey, AlertSeverity severity, long phoneId, String phone, long employeeId,
		String employee, String verdict, List<String> adapters, double filteredRssi, double confidence,
		Boolean declaredCarried, Instant declaredAt, Instant lastStoredAt, Instant lastCollectedAt,
		Instant at) implements AuditableEvent, RaisesAlert {

	public PhoneSeenInside {
		adapters = List.copyOf(adapters);
	}

	@Override
	public AuditSubject subject() {
		return AuditSubject.phone(this.phoneId);
	}

	@Override
	public boolean alert() {
		return true;
	}

}
