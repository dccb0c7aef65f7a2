package org.cloakroom.kiosk.ble;

/**
 * What one adapter heard from one identity of an enrolled phone over a stretch of time:
 * the raw material of a calibration sample.
 *
 * @param identityId the identity that sent the packets (0: not known)
 * @param adapter the adapter, by its OS name
 * @param medianDbm the median RSSI
 * @param spreadDb the median absolute deviation of the RSSI
 * @param packets how many packets
 */
public record HeardLevel(long identityId, String adapter, double medianDbm, double spreadDb, int packets) {
}
