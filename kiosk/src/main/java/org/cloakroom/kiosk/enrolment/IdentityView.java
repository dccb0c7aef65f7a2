package org.cloakroom.kiosk.enrolment;

/**
 * An enrolled BLE identity as it may be shown: its kind ({@code irk}, {@code ibeacon},
 * {@code eddystone-uid}, {@code address}) and a description that reveals no secret. There
 * is deliberately no way to read an IRK back.
 */
public record IdentityView(long id, PhoneId phoneId, String kind, String description) {
}
