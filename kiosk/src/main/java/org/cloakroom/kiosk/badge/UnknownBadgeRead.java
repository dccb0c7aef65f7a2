package org.cloakroom.kiosk.badge;

import java.time.Instant;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * A badge reader read a badge that no employee has. {@code cardKey} is the day's keyed
 * hash of the badge id ({@link CardKeys}), never the number: whoever holds that card is
 * not enrolled, and the log keeps no number of theirs in clear. The same card read twice
 * in a UTC day has the same key. A notice, not an alert: at a secure door an unknown card
 * is most often an old or a visitor's card, which officers review with the day's log
 * rather than run to; a card tried again and again shows as one key many times.
 *
 * @param reader the reader's name in the wiring file ({@code simulated} for the
 * simulation's)
 * @param form how it was read ({@link BadgeRead#form()})
 */
@AuditType("UnknownBadgeRead")
public record UnknownBadgeRead(String reader, String form, String cardKey, Instant at) implements AuditableEvent {

	public UnknownBadgeRead {
		if (cardKey == null || cardKey.isBlank()) {
			throw new IllegalArgumentException("UnknownBadgeRead needs a card key");
		}
	}

	@Override
	public AuditSubject subject() {
		return AuditSubject.kiosk();
	}

}
