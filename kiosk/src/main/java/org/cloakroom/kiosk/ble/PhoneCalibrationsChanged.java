package org.cloakroom.kiosk.ble;

/** Published (by enrolment) when a phone's calibration was taken or refined. */
public record PhoneCalibrationsChanged() {
}
