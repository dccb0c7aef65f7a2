package org.cloakroom.kiosk.enrolment.mdm;

import java.util.Locale;
import java.util.regex.Pattern;

import org.cloakroom.kiosk.enrolment.Platform;

/**
 * Checks of one field of an MDM row; each answers the clean value or throws an
 * {@link IllegalArgumentException} naming the field and the value.
 */
final class Fields {

	/** Android package names and iOS bundle ids: letters, digits, '_', '.', '-'. */
	private static final Pattern APP_ID = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,254}");

	private static final Pattern PRINTABLE = Pattern.compile("[^\\p{Cntrl}]+");

	private Fields() {
	}

	static String optional(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	static String deviceId(String field, String value) {
		String text = optional(value);
		if (text != null && (text.length() > 100 || !PRINTABLE.matcher(text).matches())) {
			throw new IllegalArgumentException(
					field + " must be at most 100 printable characters, got '" + printable(value) + "'");
		}
		return text;
	}

	static String appId(String field, String value) {
		String text = optional(value);
		if (text == null) {
			throw new IllegalArgumentException(field + " is blank");
		}
		if (!APP_ID.matcher(text).matches()) {
			throw new IllegalArgumentException(field + " '" + printable(text)
					+ "' is not a package name or bundle id (letters, digits, '_', '.', '-'; at most 255)");
		}
		return text;
	}

	static String displayName(String field, String value) {
		String text = optional(value);
		if (text == null) {
			throw new IllegalArgumentException(field + " is blank");
		}
		if (text.length() > 255 || !PRINTABLE.matcher(text).matches()) {
			throw new IllegalArgumentException(
					field + " must be at most 255 printable characters, got '" + printable(text) + "'");
		}
		return text;
	}

	/** ANDROID or IOS in any case. */
	static Platform platform(String field, String value) {
		String text = optional(value);
		try {
			return Platform.valueOf(String.valueOf(text).toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(field + " must be ANDROID or IOS, got '" + printable(value) + "'");
		}
	}

	private static String printable(String value) {
		String text = String.valueOf(value).replaceAll("\\p{Cntrl}", "?");
		return (text.length() > 60) ? text.substring(0, 60) + "..." : text;
	}

}
