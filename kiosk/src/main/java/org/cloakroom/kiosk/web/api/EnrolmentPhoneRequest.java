package org.cloakroom.kiosk.web.api;

import java.util.Locale;

import org.cloakroom.kiosk.enrolment.DeviceIds;
import org.cloakroom.kiosk.enrolment.Platform;

/**
 * A phone to enrol for an employee: its label, platform ({@code ANDROID} or {@code IOS})
 * and, optionally, the device identifiers MDM exports name it by.
 */
record EnrolmentPhoneRequest(String label, String platform, String serial, String imei, String udid,
		String mdmId) implements ActedBySignedInUser {

	Platform parsedPlatform() {
		try {
			return Platform.valueOf(String.valueOf(this.platform).strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidRequest("request.platform", this.platform);
		}
	}

	DeviceIds deviceIds() {
		return new DeviceIds(this.serial, this.imei, this.udid, this.mdmId);
	}

}
