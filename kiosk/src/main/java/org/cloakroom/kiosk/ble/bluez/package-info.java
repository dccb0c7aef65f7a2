/**
 * The {@code bluez-dbus} transport: BlueZ's D-Bus API through dbus-java's native unix
 * socket, LE discovery with duplicate data on every adapter.
 */
package org.cloakroom.kiosk.ble.bluez;
