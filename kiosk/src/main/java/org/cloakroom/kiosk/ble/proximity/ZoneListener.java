package org.cloakroom.kiosk.ble.proximity;

import java.time.Instant;

import org.cloakroom.kiosk.ble.Zone;
import org.cloakroom.kiosk.ble.identity.Resolution;

/** Told of every accepted zone change. */
@FunctionalInterface
public interface ZoneListener {

	void zoneChanged(Resolution subject, Zone from, Zone to, double filteredRssi, double confidence, Instant at);

}
