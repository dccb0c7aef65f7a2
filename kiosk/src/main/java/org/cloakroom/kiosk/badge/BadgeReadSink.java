package org.cloakroom.kiosk.badge;

/** Where a {@link BadgeReader} hands what it read. Called on the reader's thread. */
public interface BadgeReadSink {

	/** A badge read, its number already in the reader's badge format. */
	void read(BadgeRead read);

	/**
	 * Something the reader could not read (a Wiegand frame with bad parity or cut short,
	 * noise, a card that would not answer): counted and skipped, never guessed at.
	 * @param reason what was wrong, without the card's number
	 */
	void rejected(String reader, String reason);

}
