/**
 * Proximity: per device and adapter a filtered RSSI, and from it a zone with hysteresis,
 * dwell and fading.
 */
package org.cloakroom.kiosk.ble.proximity;
