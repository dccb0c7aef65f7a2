package org.cloakroom.kiosk.ble;

/** Published (by enrolment) when phones' BLE identities were added or removed. */
public record EnrolledIdentitiesChanged() {
}
