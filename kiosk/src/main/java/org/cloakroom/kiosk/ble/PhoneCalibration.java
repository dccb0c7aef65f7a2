package org.cloakroom.kiosk.ble;

/**
 * What one identity of an enrolled phone reads on one adapter at the kiosk's marked spot
 * (the spot level), as enrolment measured it and badge-ins refined it: proximity reads
 * every later packet of that identity on that adapter against it, so the phone's model
 * and habitual carrying position cancel.
 *
 * @param phoneId the phone
 * @param identityId the identity (enrolment's row id)
 * @param adapter the adapter, by its OS name
 * @param spotLevelDbm the robust estimate of the RSSI at the spot
 * @param confidence how far the estimate can be trusted, 0 to 1 (samples, their spread)
 */
public record PhoneCalibration(long phoneId, long identityId, String adapter, double spotLevelDbm, double confidence) {
}
