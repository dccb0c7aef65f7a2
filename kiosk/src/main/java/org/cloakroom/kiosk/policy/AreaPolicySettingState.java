package org.cloakroom.kiosk.policy;

import java.time.Instant;

/**
 * One setting of the area policy as the console shows it: its value now, the
 * configuration's, and who set it on the console and when (both null while it follows the
 * configuration).
 */
public record AreaPolicySettingState(AreaPolicySetting setting, String value, String configured, String changedBy,
		Instant changedAt) {

	/** Whether the console's value is in force rather than the configuration's. */
	public boolean setOnConsole() {
		return this.changedBy != null;
	}

}
