package org.cloakroom.kiosk.enrolment.mdm;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How an MDM row names its device: a serial number, IMEI, UDID, the MDM's own id, and
 * {@code any} (the generic formats' single "device identifier", compared with each of
 * them). Blank parts are {@code null}; at least one is given.
 */
public record DeviceKeys(String serial, String imei, String udid, String mdmId, String any) {

	/** The key to compare with each phone column, in matching order. */
	public List<String> inMatchingOrder() {
		return Stream.of(this.serial, this.imei, this.udid, this.mdmId)
			.map((key) -> (key != null) ? key : this.any)
			.toList();
	}

	/** Text that names the device in a report, e.g. {@code serial R58N91ABC}. */
	public String describe() {
		return Stream
			.of(part("serial", this.serial), part("IMEI", this.imei), part("UDID", this.udid),
					part("MDM id", this.mdmId), part("device", this.any))
			.filter(Objects::nonNull)
			.collect(Collectors.joining(", "));
	}

	private static String part(String name, String value) {
		return (value != null) ? name + " " + value : null;
	}

}
