package org.cloakroom.kiosk.badge;

import java.time.Instant;

/**
 * A badge presented to one of the kiosk's readers.
 *
 * @param reader the reader's name in the wiring file
 * @param badgeId the number read, in the reader's badge format: what enrolment stored
 * @param form how it was read, for the log and {@code badge listen}: {@code wiegand-26},
 * {@code wiegand-34}, {@code wiegand-raw-37}, {@code uid}, {@code piv}, {@code typed},
 * {@code simulated}
 * @param at when the reader read it
 */
public record BadgeRead(String reader, String badgeId, String form, Instant at) {

	/** The badge id with all but its last two characters hidden: {@code ••••67}. */
	public String masked() {
		return BadgeIds.masked(this.badgeId);
	}

	@Override
	public String toString() {
		return "BadgeRead[reader=" + this.reader + ", badgeId=" + masked() + ", form=" + this.form + ", at=" + this.at
				+ "]";
	}

}
