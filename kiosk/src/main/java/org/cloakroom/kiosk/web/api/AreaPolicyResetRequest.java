package org.cloakroom.kiosk.web.api;

import java.util.Arrays;
import java.util.List;

import org.cloakroom.kiosk.policy.AreaPolicySetting;

/**
 * Settings of the area policy to give back to the configuration, by key ({@code mode},
 * {@code inventory-max-age}); none named means every one.
 */
record AreaPolicyResetRequest(List<String> settings) implements ActedBySignedInUser {

	List<AreaPolicySetting> named() {
		if (this.settings == null || this.settings.isEmpty()) {
			return List.of(AreaPolicySetting.values());
		}
		return this.settings.stream()
			.map((key) -> AreaPolicySetting.byKey((key != null) ? key.strip() : "")
				.orElseThrow(() -> new InvalidRequest("area-policy-setting", key,
						String.join(", ",
								Arrays.stream(AreaPolicySetting.values()).map(AreaPolicySetting::key).toList()))))
			.toList();
	}

}
