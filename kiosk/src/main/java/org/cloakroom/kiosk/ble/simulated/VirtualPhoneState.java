package org.cloakroom.kiosk.ble.simulated;

/** A virtual phone as the control panel shows it. */
public record VirtualPhoneState(VirtualPhone phone, VirtualPosition position, boolean quiet) {
}
