/**
 * Bluetooth LE: transports, advertisement decoding, phone identity and proximity zones.
 */
package org.cloakroom.kiosk.ble;
