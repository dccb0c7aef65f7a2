/**
 * The transport SPI: what a radio backend (simulated now; TinyB, BlueZ D-Bus and replay
 * later) hands to the BLE pipeline.
 */
package org.cloakroom.kiosk.ble.transport;
