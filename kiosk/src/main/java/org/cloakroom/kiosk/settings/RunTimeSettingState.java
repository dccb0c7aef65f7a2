package org.cloakroom.kiosk.settings;

import java.time.Instant;

/**
 * A run-time setting as the console shows it: its value now, the configuration's, and who
 * set it on the console and when (null while it follows the configuration).
 */
public record RunTimeSettingState(RunTimeSetting setting, String value, String configured, String changedBy,
		Instant changedAt) {

	public boolean setOnConsole() {
		return this.changedBy != null;
	}

}
