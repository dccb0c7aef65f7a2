package org.cloakroom.kiosk.ble;

/**
 * Whether an enrolled phone is with the employee who badged: what the door-side adapters
 * heard of it in a window around the badge.
 *
 * @param phoneId the phone
 * @param packets packets the door-side adapters heard in the window
 * @param confidence how sure BLE is that the phone is at the kiosk, 0 to 1
 * @param proximity where the phone is as far as BLE can tell, or {@code null} when it
 * cannot (the phone is not calibrated, or nothing was heard): then the kiosk asks
 */
public record BadgePresence(long phoneId, int packets, double confidence, Zone proximity) {

	/** Whether anything was heard in the window. */
	public boolean heard() {
		return this.packets > 0;
	}

	/** Whether BLE can place the phone at all. */
	public boolean proximityKnown() {
		return this.proximity != null;
	}

}
