package org.cloakroom.kiosk.violation;

import org.cloakroom.kiosk.audit.AuditableEvent;
import org.cloakroom.kiosk.ble.PhoneZoneChanged;

/**
 * A phone the lockers hold, heard where a phone in the locker bank cannot be: inside, or
 * near but not at the bank. What is in the locker may be a decoy.
 */
final class Decoy implements PhoneRule {

	private final ViolationProperties.Decoy settings;

	private final Evidence evidence;

	Decoy(ViolationProperties.Decoy settings, Evidence evidence) {
		this.settings = settings;
		this.evidence = evidence;
	}

	@Override
	public ViolationRule rule() {
		return ViolationRule.DECOY;
	}

	@Override
	public boolean holds(PhoneZoneChanged move, StoredPhone stored) {
		return this.settings.enabled() && stored != null && this.settings.zones().contains(move.to());
	}

	@Override
	public AuditableEvent raised(String episodeKey, PhoneZoneChanged move, StoredPhone stored) {
		return this.evidence.decoy(episodeKey, this.settings.severity(), move, stored);
	}

}
