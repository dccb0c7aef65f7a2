package org.cloakroom.kiosk.policy;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The languages a catalogue entry's text is keyed by: BCP 47 tags written as
 * {@link Locale#toLanguageTag()} writes them ({@code zh-CN}, {@code es}), English
 * excluded because the entry's own fields are English.
 */
final class TextLanguages {

	private TextLanguages() {
	}

	/**
	 * The tag in its usual case, or empty when it is not a well-formed tag or is English.
	 */
	static Optional<String> normal(String tag) {
		if (tag == null || tag.isBlank()) {
			return Optional.empty();
		}
		try {
			Locale locale = new Locale.Builder().setLanguageTag(tag.strip()).build();
			return locale.getLanguage().isEmpty() || locale.getLanguage().equals("en") ? Optional.empty()
					: Optional.of(locale.toLanguageTag());
		}
		catch (IllformedLocaleException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The text for a reader: the exact tag, else the language alone (es for es-MX), else
	 * none and the reader gets English. The same fallback as the message bundles', so a
	 * sentence never mixes two languages (zh-TW gets neither zh-CN's text nor its words).
	 */
	static Optional<FlaggedAppText> pick(Map<String, FlaggedAppText> text, Locale locale) {
		FlaggedAppText exact = text.get(locale.toLanguageTag());
		return Optional.ofNullable((exact != null) ? exact : text.get(locale.getLanguage()));
	}

}
