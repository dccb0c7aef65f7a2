package org.cloakroom.kiosk.policy;

/**
 * A catalogue entry's words in one language other than English: its {@code reason}, and
 * its {@code name} where the app has a local one (null: the English name is said).
 */
public record FlaggedAppText(String name, String reason) {

	public FlaggedAppText {
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("A flagged app's text in a language needs a reason (name " + name + ")");
		}
		name = (name == null || name.isBlank()) ? null : name;
	}

}
