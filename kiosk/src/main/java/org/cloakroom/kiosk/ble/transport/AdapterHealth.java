package org.cloakroom.kiosk.ble.transport;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How one adapter scans, for the health endpoint: {@code active} (discovery: the
 * controller sends SCAN_REQ), {@code passive} (listen-only, never transmits) or
 * {@code none}, with the problem and what to do about it.
 */
public record AdapterHealth(String scanning, String problem) {

	public static final String ACTIVE = "active";

	public static final String PASSIVE = "passive";

	public static final String NONE = "none";

	public static AdapterHealth scanning(String mode) {
		return new AdapterHealth(mode, null);
	}

	public static AdapterHealth notScanning(String problem) {
		return new AdapterHealth(NONE, problem);
	}

	/** As the health endpoint shows it: {@code scanning}, and {@code problem} if any. */
	public Map<String, String> details() {
		Map<String, String> details = new LinkedHashMap<>();
		details.put("scanning", this.scanning);
		if (this.problem != null) {
			details.put("problem", this.problem);
		}
		return details;
	}

}
