package org.cloakroom.kiosk.badge.pcsc;

/**
 * A card that did not answer, or answered what is not a badge: a rejected read, whose
 * message is the reason (it never holds the card's number).
 */
final class UnreadableCard extends Exception {

	private static final long serialVersionUID = 1L;

	UnreadableCard(String reason) {
		super(reason);
	}

	UnreadableCard(String reason, Throwable cause) {
		super(reason, cause);
	}

}
