package org.cloakroom.kiosk.web.kiosk;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kiosk languages: English, Simplified Chinese and Spanish, by their BCP 47 tags
 * ({@code lang=zh-CN}). A tag is matched by its language and, where given, its region, so
 * {@code es-MX} reads Spanish and {@code zh-TW} is not taken for Simplified Chinese.
 */
final class KioskLanguages {

	/** In the order of the flag buttons. */
	static final List<Locale> ALL = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, Locale.forLanguageTag("es"));

	static final List<String> TAGS = ALL.stream().map(Locale::toLanguageTag).toList();

	private KioskLanguages() {
	}

	/** The kiosk language a tag names, if the kiosk speaks it. */
	static Optional<Locale> find(String tag) {
		if (tag == null || tag.isBlank()) {
			return Optional.empty();
		}
		Locale asked = Locale.forLanguageTag(tag.strip().replace('_', '-'));
		if (asked.getLanguage().equals("zh")) {
			// Simplified Chinese only: mainland China, Singapore, or written Hans
			boolean simplified = asked.getScript().equals("Hans") || asked.getCountry().isEmpty()
					|| asked.getCountry().equals("CN") || asked.getCountry().equals("SG");
			return simplified ? Optional.of(Locale.SIMPLIFIED_CHINESE) : Optional.empty();
		}
		return ALL.stream().filter((locale) -> locale.getLanguage().equals(asked.getLanguage())).findFirst();
	}

}
