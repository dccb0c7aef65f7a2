package org.cloakroom.kiosk.story;

import java.time.Instant;

/**
 * One audit entry told in words: {@code sentence} is what an officer reads; {@code type}
 * and {@code sequence} say which entry it is. {@code severity} is {@code alert} (the
 * entry raised an alert) or {@code info}.
 */
public record StoryLine(long sequence, Instant at, String type, String subject, String severity, String sentence) {

	/** The severity of an entry that raised an alert. */
	public static final String ALERT = "alert";

	/** The severity of every other entry. */
	public static final String INFO = "info";

}
