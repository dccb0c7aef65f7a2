package org.cloakroom.kiosk.enrolment;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.cloakroom.kiosk.BidiControls;

/**
 * Checks of what people type at enrolment; each refusal names the field and the value.
 */
final class Inputs {

	private static final Pattern BADGE = Pattern.compile("[A-Za-z0-9-]{4,32}");

	private Inputs() {
	}

	static String text(String field, String value, int maxLength) {
		if (value == null || value.isBlank()) {
			throw EnrolmentRefusal.invalid("enrolment-text-blank", field, value);
		}
		String text = value.strip();
		if (text.length() > maxLength) {
			throw EnrolmentRefusal.invalid("enrolment-text-too-long", field, String.valueOf(maxLength),
					String.valueOf(text.length()));
		}
		BidiControls.refuse(field, value);
		return text;
	}

	static String badge(String badgeId) {
		String badge = (badgeId == null) ? null : badgeId.strip();
		if (badge == null || !BADGE.matcher(badge).matches()) {
			throw EnrolmentRefusal.invalid("badge-invalid", badgeId);
		}
		return badge;
	}

	static Set<String> appIds(Set<String> appIds) {
		if (appIds == null) {
			throw EnrolmentRefusal.invalid("app-ids-missing");
		}
		Set<String> clean = new TreeSet<>();
		for (String appId : appIds) {
			clean.add(text("app id", appId, 255));
		}
		return clean;
	}

	/** The console user a change is recorded for: never blank. */
	static String actor(String by) {
		return text("acting user", by, 200);
	}

	/**
	 * A preferred language: a well-formed BCP 47 tag ({@code zh-CN}) in its canonical
	 * spelling, or null (blank) for the kiosk's default.
	 */
	static String language(String tag) {
		if (tag == null || tag.isBlank()) {
			return null;
		}
		String language = tag.strip();
		try {
			Locale locale = new Locale.Builder().setLanguageTag(language).build();
			if (language.length() <= 35 && !locale.getLanguage().isEmpty()) {
				return locale.toLanguageTag();
			}
		}
		catch (IllformedLocaleException ex) {
			// refused below
		}
		throw EnrolmentRefusal.invalid("language-invalid", tag);
	}

	static <T> T required(String field, T value) {
		if (value == null) {
			throw EnrolmentRefusal.invalid("enrolment-field-required", field);
		}
		return value;
	}

}
