/**
 * What the transports on a real Bluetooth stack share: the lifecycle of a
 * {@link org.cloakroom.kiosk.ble.watchdog.WatchedTransport}, and the watchdog thread that
 * keeps its scan going, restarts discovery after silence, and reports why it cannot scan.
 */
package org.cloakroom.kiosk.ble.watchdog;
