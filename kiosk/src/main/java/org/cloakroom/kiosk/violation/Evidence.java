package org.cloakroom.kiosk.violation;

import org.cloakroom.kiosk.alert.AlertSeverity;
import org.cloakroom.kiosk.audit.AuditableEvent;
import org.cloakroom.kiosk.ble.PhoneZoneChanged;

/**
 * What the rules ask beyond BLE, and the events they raise with it: the phone's decision,
 * names, the adapters, the door's evidence. Asked only when a rule's condition may hold
 * or an episode starts, never per advertisement. A port: the application reads enrolment,
 * policy and the door's records; the pipeline's benchmark answers from memory.
 */
interface Evidence {

	/** Whether the phone's decision stores it (MUST_STORE, or UNKNOWN). */
	boolean mustStore(long phoneId);

	AuditableEvent seenInside(String episodeKey, AlertSeverity severity, PhoneZoneChanged move);

	AuditableEvent decoy(String episodeKey, AlertSeverity severity, PhoneZoneChanged move, StoredPhone stored);

}
