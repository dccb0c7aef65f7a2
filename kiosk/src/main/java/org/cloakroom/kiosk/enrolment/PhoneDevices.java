package org.cloakroom.kiosk.enrolment;

/** An enrolled phone with its device identifiers, for the enrolment API. */
public record PhoneDevices(PhoneRef phone, DeviceIds deviceIds) {
}
