package org.cloakroom.kiosk.ble.decode;

/**
 * An Eddystone-URL frame (service 0xFEAA, frame type 0x10): the calibrated power at 0 m
 * and the URL with its scheme prefix and expansion codes written out.
 */
public record EddystoneUrlFrame(int txPower, String url) {
}
