package org.cloakroom.kiosk.ble;

import java.time.Instant;

/**
 * The latest that BLE knows of an enrolled phone: its zone, filtered RSSI and last
 * packet.
 */
public record PhoneSighting(long phoneId, Zone zone, double filteredRssi, Instant lastSeen) {
}
