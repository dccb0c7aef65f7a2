package org.cloakroom.kiosk.enrolment;

import java.util.regex.Pattern;

/**
 * A phone's optional device identifiers, by which MDM exports are matched to it: serial
 * number, IMEI, UDID, then the MDM's own device id (in that order). Blank means unknown.
 * An e-mail address or UPN is deliberately not one: it names a person, not a phone.
 */
public record DeviceIds(String serial, String imei, String udid, String mdmId) {

	private static final Pattern PRINTABLE = Pattern.compile("[\\p{Graph} ]{1,100}");

	/** No identifiers: such a phone is matched by no MDM export. */
	public static final DeviceIds NONE = new DeviceIds(null, null, null, null);

	public DeviceIds {
		serial = clean("serial", serial);
		imei = clean("imei", imei);
		udid = clean("udid", udid);
		mdmId = clean("mdmId", mdmId);
	}

	private static String clean(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		if (!PRINTABLE.matcher(text).matches()) {
			throw EnrolmentRefusal.invalid("device-id-invalid", field, value);
		}
		return text;
	}

}
