/**
 * What keeps a real radio scanning: a watchdog thread that checks each adapter, restarts
 * discovery after silence, and reports why it cannot scan.
 */
package org.cloakroom.kiosk.ble.watchdog;
