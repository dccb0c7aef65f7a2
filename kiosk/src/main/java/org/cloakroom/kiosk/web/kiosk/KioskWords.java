package org.cloakroom.kiosk.web.kiosk;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.cloakroom.kiosk.Refusal;
import org.cloakroom.kiosk.enrolment.WrongPinException;
import org.cloakroom.kiosk.security.PinEntryLockedException;
import org.cloakroom.kiosk.web.RefusalWords;

import org.springframework.stereotype.Component;

/**
 * What the kiosk says to an employee when it refuses, in plain words: by the refusal's
 * code, {@code kiosk.refusal.<code>} where the screen says it in its own way (a check-in
 * that ended says to start again; an unknown badge says to call security), else the
 * refusal's own words. A wrong PIN and a locked PIN entry say what they carry: the
 * attempts left, the time the PIN works again, in the kiosk's zone and the reader's
 * language. A refusal the kiosk has no words of its own for is said in the reader's
 * language only in general terms ({@code kiosk.refusal.other}) rather than in English.
 */
@Component
class KioskWords {

	static final String MISUNDERSTOOD = "kiosk.refusal.misunderstood";

	static final String OTHER = "kiosk.refusal.other";

	private final RefusalWords words;

	private final KioskScreenProperties properties;

	KioskWords(RefusalWords words, KioskScreenProperties properties) {
		this.words = words;
		this.properties = properties;
	}

	/** A time of day as the reader writes it, in the kiosk's zone. */
	String time(Instant instant, Locale locale) {
		return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(this.properties.zone())
			.format(instant);
	}

	String refusal(Refusal ex, Locale locale) {
		if (ex instanceof WrongPinException wrong) {
			return say("wrong-pin", locale, wrong.attemptsLeft());
		}
		if (ex instanceof PinEntryLockedException locked) {
			return say("pin-locked", locale, time(locked.lockedUntil(), locale));
		}
		String own = this.words.find("kiosk.refusal." + ex.code(), ex.arguments().toArray(), locale);
		if (own != null) {
			return own;
		}
		return locale.getLanguage().equals(Locale.ENGLISH.getLanguage()) ? this.words.of(ex, locale)
				: this.words.of(OTHER, locale);
	}

	/** A form field the screen never sends wrong: a hand-made post. */
	String misunderstood(Locale locale) {
		return this.words.of(MISUNDERSTOOD, locale);
	}

	String say(String key, Locale locale, Object... arguments) {
		return this.words.of("kiosk.refusal." + key, locale, arguments);
	}

}
