package org.cloakroom.kiosk.violation;

import org.cloakroom.kiosk.audit.AuditableEvent;
import org.cloakroom.kiosk.ble.PhoneZoneChanged;
import org.cloakroom.kiosk.ble.Zone;

/** A phone whose decision stores it, heard INSIDE while no locker holds it. */
final class MustStoreInside implements PhoneRule {

	private final ViolationProperties.Rule settings;

	private final Evidence evidence;

	MustStoreInside(ViolationProperties.Rule settings, Evidence evidence) {
		this.settings = settings;
		this.evidence = evidence;
	}

	@Override
	public ViolationRule rule() {
		return ViolationRule.MUST_STORE_INSIDE;
	}

	@Override
	public boolean holds(PhoneZoneChanged move, StoredPhone stored) {
		// the decision is asked last: it reads the inventory, and only a phone inside
		// needs it
		return this.settings.enabled() && move.to() == Zone.INSIDE && stored == null
				&& this.evidence.mustStore(move.phoneId());
	}

	@Override
	public AuditableEvent raised(String episodeKey, PhoneZoneChanged move, StoredPhone stored) {
		return this.evidence.seenInside(episodeKey, this.settings.severity(), move);
	}

}
