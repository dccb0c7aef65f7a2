package org.cloakroom.kiosk.ble;

/** One identity of one enrolled phone. */
public record EnrolledIdentity(long phoneId, BleIdentity identity) {
}
