package org.cloakroom.kiosk.ble.identity;

import org.cloakroom.kiosk.ble.decode.AdFields;

/**
 * Says whether an advertisement looks like a phone. Apple sends Continuity messages that
 * only phones (and tablets and Macs) send when nobody has paired them with anything:
 * AirDrop, Handoff, instant hotspot, Nearby Action and Nearby Info; AirPods' proximity
 * pairing and Find My's offline finding are not phones. Google Fast Pair service data
 * stands for Android.
 */
final class PhoneFingerprint {

	private static final int[] IPHONE_TYPES = { 0x05, 0x0C, 0x0D, 0x0F, 0x10 };

	private PhoneFingerprint() {
	}

	/** "iPhone", "Android", or {@code null} when it does not look like a phone. */
	static String kindOf(AdFields fields) {
		for (int type : IPHONE_TYPES) {
			if (fields.hasContinuityType(type)) {
				return "iPhone";
			}
		}
		return fields.fastPair() ? "Android" : null;
	}

}
