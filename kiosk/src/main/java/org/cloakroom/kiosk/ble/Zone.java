package org.cloakroom.kiosk.ble;

/** Where a phone is, as far as BLE can tell, relative to the door of the secure area. */
public enum Zone {

	/** Not heard, or too faint to place. */
	AWAY,
	/** In the corridor or approaching. */
	NEAR,
	/** At the kiosk and the lockers. */
	AT_DOOR,
	/** Inside the secure area. */
	INSIDE

}
