/**
 * The {@code bluez-dbus} transport: BlueZ's D-Bus API through dbus-java's native unix
 * socket; LE discovery with duplicate data on door-side adapters, a passive advertisement
 * monitor on adapters that must not transmit.
 */
package org.cloakroom.kiosk.ble.bluez;
