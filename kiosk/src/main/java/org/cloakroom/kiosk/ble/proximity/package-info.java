/**
 * Proximity: per device and adapter a filtered RSSI read relative to calibration (adapter
 * offsets, spot levels), and from it a zone with hysteresis, dwell, fading and a
 * confidence; presence at badge and calibration samples from each enrolled phone's recent
 * packets.
 */
package org.cloakroom.kiosk.ble.proximity;
