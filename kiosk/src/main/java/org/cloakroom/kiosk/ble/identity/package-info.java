/**
 * Identity: which enrolled phone sent an advertisement (IRK, iBeacon, Eddystone-UID,
 * fixed address), or whether it is an unenrolled phone or not a phone at all.
 */
package org.cloakroom.kiosk.ble.identity;
