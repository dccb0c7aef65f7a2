package org.cloakroom.kiosk.web.api;

import java.time.Instant;
import java.util.List;

import org.cloakroom.kiosk.policy.AreaPolicySettingState;

/**
 * One setting of the area policy as JSON: its key and property, its value now and the
 * configuration's, the values it takes (none for a duration), and whether, by whom and
 * when the console set it.
 */
record AreaPolicySettingView(String key, String property, String value, String configured, List<String> choices,
		boolean setOnConsole, String changedBy, Instant changedAt) {

	static AreaPolicySettingView of(AreaPolicySettingState state) {
		return new AreaPolicySettingView(state.setting().key(), state.setting().property(), state.value(),
				state.configured(), state.setting().choices(), state.setOnConsole(), state.changedBy(),
				state.changedAt());
	}

}
