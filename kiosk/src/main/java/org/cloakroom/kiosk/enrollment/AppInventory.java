package org.cloakroom.kiosk.enrollment;

import java.time.Instant;
import java.util.Set;

/**
 * The apps one phone carries, by package name or bundle id, with where and when that was
 * learnt.
 */
public record AppInventory(long phoneId, InventorySource source, Instant recordedAt, Set<String> appIds) {

	public AppInventory {
		appIds = Set.copyOf(appIds);
	}

}
