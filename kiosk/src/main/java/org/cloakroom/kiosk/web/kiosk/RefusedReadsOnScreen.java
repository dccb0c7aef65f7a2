package org.cloakroom.kiosk.web.kiosk;

import org.cloakroom.kiosk.badge.BadgeReadRefused;
import org.cloakroom.kiosk.checkin.KioskDesk;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A badge read the check-in refused is shown at idle in the screen's words and language,
 * as {@link KioskPage} shows a refused badge number typed on it: a reader has no page to
 * answer, so the screen is the answer.
 */
@Component
class RefusedReadsOnScreen {

	private final KioskDesk desk;

	private final KioskWords words;

	private final KioskLanguage language;

	RefusedReadsOnScreen(KioskDesk desk, KioskWords words, KioskLanguage language) {
		this.desk = desk;
		this.words = words;
		this.language = language;
	}

	@EventListener
	void refused(BadgeReadRefused refused) {
		this.desk.reset(this.words.refusal(refused.refusal(), this.language.current()));
	}

}
