package org.cloakroom.kiosk.policy;

import java.time.Instant;
import java.util.Set;

/**
 * What is known about one enrolled phone when its compliance is decided: its platform and
 * the app identifiers of its newest inventory ({@code inventoryAt} null when it has
 * none).
 */
public record PhoneFacts(long phoneId, String label, Platform platform, Set<String> appIds, Instant inventoryAt) {

	public PhoneFacts {
		appIds = Set.copyOf(appIds);
	}

}
