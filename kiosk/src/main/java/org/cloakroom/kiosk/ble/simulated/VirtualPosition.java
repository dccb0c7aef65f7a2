package org.cloakroom.kiosk.ble.simulated;

/**
 * Where the control panel can put a virtual phone; each maps to a distance from the door.
 */
public enum VirtualPosition {

	AWAY, CORRIDOR, NEAR, AT_DOOR, INSIDE

}
