package org.cloakroom.kiosk.audit;

import java.time.Instant;
import java.util.Map;

/** An auditable event of the tests, standing in for any module's event. */
@AuditType("DoorTested")
record DoorTested(AuditSubject subject, String note, Instant when, Map<String, Integer> counts,
		boolean alert) implements AuditableEvent {

	static DoorTested of(AuditSubject subject, String note) {
		return new DoorTested(subject, note, Instant.parse("2026-11-22T07:00:00Z"), Map.of("tries", 1), false);
	}

}
