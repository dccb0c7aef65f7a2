/**
 * The simulated radio: virtual phones that walk about and advertise real frames, with a
 * noisy, seeded path-loss model, to a door and an inside adapter. The simulation's
 * control panel drives it through {@link org.cloakroom.kiosk.ble.simulated.VirtualRadio};
 * it is the {@code simulated} transport.
 */
@org.springframework.modulith.NamedInterface("simulated")
package org.cloakroom.kiosk.ble.simulated;
