package org.cloakroom.kiosk.ble.identity;

import org.cloakroom.kiosk.ble.decode.AdFields;
import org.cloakroom.kiosk.ble.decode.DeviceKind;

/**
 * Says whether an advertisement that matched no enrolled identity looks like a phone, by
 * the decoder's {@link DeviceKind} (whose Javadoc says how far each sign can be trusted).
 */
final class PhoneFingerprint {

	private PhoneFingerprint() {
	}

	/**
	 * The kind written into events, or {@code null} when it does not look like a phone.
	 * Android phones are written {@code Android}, the value the audit log has carried
	 * since the first release, so that searches over old and new entries agree.
	 */
	static String kindOf(AdFields fields) {
		DeviceKind kind = fields.kind();
		if (!kind.isPhone()) {
			return null;
		}
		return (kind == DeviceKind.ANDROID_PHONE) ? "Android" : kind.label();
	}

}
