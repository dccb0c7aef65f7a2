package org.cloakroom.kiosk.ble.trace;

import org.cloakroom.kiosk.ble.Zone;

/**
 * The ground truth a generated trace carries beside each packet; replay ignores it.
 *
 * @param scenario what the person does ({@code arrival}, {@code corridor}, ...)
 * @param device which generated phone sent the packet (stable across address rotation)
 * @param distanceM the true distance from the phone to the adapter that heard it
 * @param zone where the phone truly is
 */
public record TraceLabel(String scenario, String device, double distanceM, Zone zone) {

	public TraceLabel {
		if (scenario == null || scenario.isBlank()) {
			throw new IllegalArgumentException("A trace label needs a scenario, got '" + scenario + "'");
		}
		if (device == null || device.isBlank()) {
			throw new IllegalArgumentException("A trace label needs a device, got '" + device + "'");
		}
		if (!(distanceM >= 0)) {
			throw new IllegalArgumentException("A trace label's distance must be at least 0 m, got " + distanceM);
		}
	}

}
