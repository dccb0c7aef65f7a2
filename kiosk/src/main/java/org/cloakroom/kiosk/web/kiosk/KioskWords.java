package org.cloakroom.kiosk.web.kiosk;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
 * attempts left, the time the PIN works again.
 */
@Component
class KioskWords {

	static final String MISUNDERSTOOD = "kiosk.refusal.misunderstood";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

	private final RefusalWords words;

	KioskWords(RefusalWords words) {
		this.words = words;
	}

	String refusal(Refusal ex, Locale locale) {
		if (ex instanceof WrongPinException wrong) {
			return say("wrong-pin", locale, wrong.attemptsLeft());
		}
		if (ex instanceof PinEntryLockedException locked) {
			return say("pin-locked", locale, TIME.format(locked.lockedUntil()));
		}
		String own = this.words.find("kiosk.refusal." + ex.code(), ex.arguments().toArray(), locale);
		return (own != null) ? own : this.words.of(ex, locale);
	}

	/** A form field the screen never sends wrong: a hand-made post. */
	String misunderstood(Locale locale) {
		return this.words.of(MISUNDERSTOOD, locale);
	}

	String say(String key, Locale locale, Object... arguments) {
		return this.words.of("kiosk.refusal." + key, locale, arguments);
	}

}
