/**
 * The transport port: what a transport (BlueZ over D-Bus, TinyB, a replayed trace, the
 * simulated radio) hands to the BLE pipeline, and how it says whether it is scanning.
 */
package org.cloakroom.kiosk.ble.transport;
