package org.cloakroom.kiosk.violation;

import org.cloakroom.kiosk.audit.AuditableEvent;
import org.cloakroom.kiosk.ble.PhoneZoneChanged;

/** A rule over an enrolled phone's latest move and whether the lockers hold it. */
interface PhoneRule {

	ViolationRule rule();

	/**
	 * Whether the phone breaks the rule; {@code stored} is null when it is in no locker.
	 */
	boolean holds(PhoneZoneChanged move, StoredPhone stored);

	/** The event that starts an episode of it. */
	AuditableEvent raised(String episodeKey, PhoneZoneChanged move, StoredPhone stored);

}
