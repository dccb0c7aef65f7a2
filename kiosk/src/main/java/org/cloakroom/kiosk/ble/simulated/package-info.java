/**
 * The simulated radio: virtual phones that walk about and advertise with noisy RSSI; the
 * simulation's control panel drives it.
 */
@org.springframework.modulith.NamedInterface("simulated")
package org.cloakroom.kiosk.ble.simulated;
