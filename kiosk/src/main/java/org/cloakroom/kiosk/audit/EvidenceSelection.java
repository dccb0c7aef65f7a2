package org.cloakroom.kiosk.audit;

import java.time.Instant;

/**
 * Which entries an evidence bundle holds: those recorded at or after {@code fromTime} and
 * before {@code toTime}, and numbered {@code fromSequence} to {@code toSequence}; any
 * bound may be left out, but not all of them.
 */
public record EvidenceSelection(Instant fromTime, Instant toTime, Long fromSequence, Long toSequence) {

	/**
	 * @throws AuditRefusal if a sequence is less than 1 or a range ends before it starts,
	 * naming the fields
	 */
	public EvidenceSelection {
		atLeastOne("fromSequence", fromSequence);
		atLeastOne("toSequence", toSequence);
		if (fromSequence != null && toSequence != null && fromSequence > toSequence) {
			throw AuditRefusal.evidenceSequencesReversed(fromSequence, toSequence);
		}
		if (fromTime != null && toTime != null && !fromTime.isBefore(toTime)) {
			throw AuditRefusal.evidenceTimesReversed(fromTime, toTime);
		}
	}

	/** Whether the entry is one of those selected. */
	public boolean selects(AuditEntry entry) {
		return (this.fromTime == null || !entry.at().isBefore(this.fromTime))
				&& (this.toTime == null || entry.at().isBefore(this.toTime))
				&& (this.fromSequence == null || entry.sequence() >= this.fromSequence)
				&& (this.toSequence == null || entry.sequence() <= this.toSequence);
	}

	private static void atLeastOne(String field, Long sequence) {
		if (sequence != null && sequence < 1) {
			throw AuditRefusal.evidenceSequenceTooSmall(field, sequence.toString());
		}
	}

}
