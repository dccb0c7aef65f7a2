package org.cloakroom.kiosk.ble.proximity;

import java.time.Instant;

import org.cloakroom.kiosk.ble.Zone;
import org.cloakroom.kiosk.ble.identity.Resolution;

/** A copy of what proximity knows of one device, safe to hand to other threads. */
public record Sighting(Resolution subject, Zone zone, double filteredRssi, Instant lastSeen) {
}
