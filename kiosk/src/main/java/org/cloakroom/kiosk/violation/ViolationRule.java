package org.cloakroom.kiosk.violation;

import org.cloakroom.kiosk.audit.AuditSubject;

/**
 * The rules, each with the word that starts its episodes' keys: an episode key is
 * {@code <rule>:<subject>} ({@code decoy:phone:3}), one open episode per key.
 */
public enum ViolationRule {

	/** A phone that must be stored heard INSIDE while it is not in a locker. */
	MUST_STORE_INSIDE("must-store-inside"),
	/** A phone recorded as stored heard inside or away from the locker bank. */
	DECOY("decoy"),
	/** A phone nobody enrolled heard INSIDE. */
	UNENROLLED_INSIDE("unenrolled-inside"),
	/** A phone still in a locker past the end of the day. */
	LEFT_IN_LOCKER("left-in-locker");

	private final String word;

	ViolationRule(String word) {
		this.word = word;
	}

	public String word() {
		return this.word;
	}

	String episodeKey(AuditSubject subject) {
		return this.word + ":" + subject.text();
	}

}
