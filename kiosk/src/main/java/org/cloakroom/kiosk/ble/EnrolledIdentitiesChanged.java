package org.cloakroom.kiosk.ble;

/** Published (by enrollment) when phones' BLE identities were added or removed. */
public record EnrolledIdentitiesChanged() {
}
