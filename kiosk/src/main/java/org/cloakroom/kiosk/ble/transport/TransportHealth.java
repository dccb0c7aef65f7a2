package org.cloakroom.kiosk.ble.transport;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Whether a transport is scanning, and if not, why (for the health endpoint); a transport
 * on real adapters also says how each one scans.
 */
public record TransportHealth(boolean scanning, String detail, Map<String, AdapterHealth> adapters) {

	public TransportHealth {
		adapters = (adapters == null) ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(adapters));
	}

	public TransportHealth(boolean scanning, String detail) {
		this(scanning, detail, Map.of());
	}

	public static TransportHealth scanning(String detail) {
		return new TransportHealth(true, detail);
	}

	public static TransportHealth stopped(String detail) {
		return new TransportHealth(false, detail);
	}

	/** Each adapter's health details by its OS name, in name order. */
	public Map<String, Map<String, String>> adapterDetails() {
		Map<String, Map<String, String>> details = new LinkedHashMap<>();
		this.adapters.forEach((adapter, health) -> details.put(adapter, health.details()));
		return details;
	}

}
