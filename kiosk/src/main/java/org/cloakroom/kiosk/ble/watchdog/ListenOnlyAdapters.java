package org.cloakroom.kiosk.ble.watchdog;

import java.util.Map;

import org.cloakroom.kiosk.ble.BleProperties.Placement;

/**
 * Which adapters must not transmit. Discovery is active scanning (the controller sends
 * SCAN_REQ to every advertiser), so only door-side adapters discover; adapters placed
 * inside the secure area, or all of them with {@code cloakroom.ble.radio.listen-only},
 * may only listen passively, and are never made to discover instead.
 *
 * @param placements where each adapter is placed, by its OS name
 * @param all {@code cloakroom.ble.radio.listen-only}: no adapter transmits
 */
public record ListenOnlyAdapters(Map<String, Placement> placements, boolean all) {

	public ListenOnlyAdapters {
		placements = Map.copyOf(placements);
	}

	public boolean listenOnly(String adapter) {
		return this.all || this.placements.get(adapter) == Placement.INSIDE;
	}

	/** Why {@code adapter} must not transmit, for the refusals. */
	public String why(String adapter) {
		return (this.placements.get(adapter) == Placement.INSIDE) ? adapter + " is placed inside"
				: "cloakroom.ble.radio.listen-only is on";
	}

}
