package org.cloakroom.kiosk.web.api;

import java.util.EnumMap;
import java.util.Map;

import org.cloakroom.kiosk.policy.AreaPolicySetting;

/**
 * Settings of the area policy to change, as configuration writes them
 * ({@code "mode": "ALL_PHONES"}, {@code "inventoryMaxAge": "30d"}); a setting left out
 * stays as it is. Who changes them is the signed-in admin.
 */
record AreaPolicyRequest(String mode, String unenrolledPhones, String unenrolledInside, String noInventory,
		String inventoryMaxAge, String staleInventory, String overdueAttestation,
		String mdmInventory) implements ActedBySignedInUser {

	/** The settings the request gives, with their text. */
	Map<AreaPolicySetting, String> settings() {
		Map<AreaPolicySetting, String> settings = new EnumMap<>(AreaPolicySetting.class);
		put(settings, AreaPolicySetting.MODE, this.mode);
		put(settings, AreaPolicySetting.UNENROLLED_PHONES, this.unenrolledPhones);
		put(settings, AreaPolicySetting.UNENROLLED_INSIDE, this.unenrolledInside);
		put(settings, AreaPolicySetting.NO_INVENTORY, this.noInventory);
		put(settings, AreaPolicySetting.INVENTORY_MAX_AGE, this.inventoryMaxAge);
		put(settings, AreaPolicySetting.STALE_INVENTORY, this.staleInventory);
		put(settings, AreaPolicySetting.OVERDUE_ATTESTATION, this.overdueAttestation);
		put(settings, AreaPolicySetting.MDM_INVENTORY, this.mdmInventory);
		return settings;
	}

	private static void put(Map<AreaPolicySetting, String> settings, AreaPolicySetting setting, String text) {
		if (text != null) {
			settings.put(setting, text);
		}
	}

}
