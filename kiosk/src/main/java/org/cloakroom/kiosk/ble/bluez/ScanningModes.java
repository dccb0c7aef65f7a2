package org.cloakroom.kiosk.ble.bluez;

import java.util.Map;

import org.cloakroom.kiosk.ble.BleProperties.Placement;

/**
 * Which adapters may transmit. Discovery is active scanning (the controller sends
 * SCAN_REQ to every advertiser), so only door-side adapters discover; adapters placed
 * inside the secure area, or all of them when {@code listenOnly}, listen passively
 * through an advertisement monitor, and are never made to discover instead.
 *
 * @param placements where each adapter is placed, by its OS name
 * @param listenOnly {@code cloakroom.ble.radio.listen-only}: no adapter transmits
 */
record ScanningModes(Map<String, Placement> placements, boolean listenOnly) {

	ScanningModes {
		placements = Map.copyOf(placements);
	}

	boolean passive(String adapter) {
		return this.listenOnly || this.placements.get(adapter) == Placement.INSIDE;
	}

	/** Why {@code adapter} must not transmit, for the refusals. */
	String whyPassive(String adapter) {
		return (this.placements.get(adapter) == Placement.INSIDE) ? adapter + " is placed inside"
				: "cloakroom.ble.radio.listen-only is on";
	}

}
