/**
 * The simulation's badge reader, tapped by the control panel's badge buttons.
 */
@org.springframework.modulith.NamedInterface("simulated")
package org.cloakroom.kiosk.badge.simulated;
