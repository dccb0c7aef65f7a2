package org.cloakroom.kiosk.enrolment;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.cloakroom.kiosk.BidiControls;

/** Checks of what people type at enrolment; each error names the field and the value. */
final class Inputs {

	private static final Pattern BADGE = Pattern.compile("[A-Za-z0-9-]{4,32}");

	private Inputs() {
	}

	static String text(String field, String value, int maxLength) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("The " + field + " must not be blank, got '" + value + "'");
		}
		String text = value.strip();
		if (text.length() > maxLength) {
			throw new IllegalArgumentException(
					"The " + field + " must be at most " + maxLength + " characters, got " + text.length());
		}
		BidiControls.refuse(field, value);
		return text;
	}

	static String badge(String badgeId) {
		String badge = (badgeId == null) ? null : badgeId.strip();
		if (badge == null || !BADGE.matcher(badge).matches()) {
			throw new IllegalArgumentException("A badge id is 4 to 32 letters, digits or '-', got '" + badgeId + "'");
		}
		return badge;
	}

	static Set<String> appIds(Set<String> appIds) {
		if (appIds == null) {
			throw new IllegalArgumentException("An inventory needs a set of app ids (empty when none)");
		}
		Set<String> clean = new TreeSet<>();
		for (String appId : appIds) {
			clean.add(text("app id", appId, 255));
		}
		return clean;
	}

	static <T> T required(String field, T value) {
		if (value == null) {
			throw new IllegalArgumentException("The " + field + " is required");
		}
		return value;
	}

}
