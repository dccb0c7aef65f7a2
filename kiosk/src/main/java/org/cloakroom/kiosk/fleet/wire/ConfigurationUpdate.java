package org.cloakroom.kiosk.fleet.wire;

import java.util.List;

/**
 * Central's configuration at {@code version}: the whole of it ({@code basis} "snapshot")
 * or what changed since the version the kiosk has ("delta", {@code since}).
 */
public record ConfigurationUpdate(long version, String basis, Long since, List<ConfigurationItem> items) {

	public static final String SNAPSHOT = "snapshot";

	public static final String DELTA = "delta";

	public ConfigurationUpdate {
		items = (items != null) ? List.copyOf(items) : List.of();
	}

}
