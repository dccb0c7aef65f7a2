package org.cloakroom.kiosk.settings;

import org.cloakroom.kiosk.Refusal;

/**
 * A run-time setting refused a value: not a flag, or out of the range the console
 * accepts. Its words are {@code refusal.<code>} in {@code messages/settings.properties}.
 */
public final class SettingsRefusal extends Refusal {

	SettingsRefusal(String code, Object... arguments) {
		super(Kind.INVALID, code, arguments);
	}

}
