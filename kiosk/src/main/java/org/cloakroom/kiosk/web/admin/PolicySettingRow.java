package org.cloakroom.kiosk.web.admin;

import java.util.List;

import org.cloakroom.kiosk.policy.AreaPolicySettingState;

/**
 * One setting of the area policy on the policy page, with the bundle keys of its words:
 * its name, the effect of its value now in one sentence, and each value it takes.
 */
record PolicySettingRow(AreaPolicySettingState state, String key, String nameKey, String effectKey,
		List<Choice> choices) {

	static PolicySettingRow of(AreaPolicySettingState state) {
		String key = state.setting().key();
		boolean duration = state.setting().choices().isEmpty();
		return new PolicySettingRow(state, key, "admin.policy.setting." + key,
				"admin.policy.effect." + key + (duration ? "" : "." + state.value()),
				state.setting()
					.choices()
					.stream()
					.map((value) -> new Choice(value, "admin.policy.value." + key + "." + value))
					.toList());
	}

	/** A value the setting takes, and the key of its words. */
	record Choice(String value, String wordsKey) {
	}

}
