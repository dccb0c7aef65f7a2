package org.cloakroom.kiosk.audit;

import java.time.Instant;

import org.cloakroom.kiosk.Refusal;

/**
 * A read of the audit log that cannot be answered as asked; the words are in
 * {@code messages/audit.properties}.
 */
public final class AuditRefusal extends Refusal {

	private AuditRefusal(Kind kind, String code, Object... arguments) {
		super(kind, code, arguments);
	}

	/** A read asked for fewer than one entry. */
	static AuditRefusal limitTooSmall(int limit) {
		// As text, so the words show the number as asked, without grouping.
		return new AuditRefusal(Kind.INVALID, "audit-limit-too-small", Integer.toString(limit));
	}

	/** A search by subject named none. */
	static AuditRefusal subjectMissing(String subject) {
		return new AuditRefusal(Kind.INVALID, "audit-subject-missing", String.valueOf(subject));
	}

	/** The time range of an evidence bundle ends before it starts, or where it starts. */
	static AuditRefusal evidenceTimesReversed(Instant from, Instant to) {
		return new AuditRefusal(Kind.INVALID, "evidence-range-reversed", "from", from.toString(), "to", to.toString());
	}

	/** The sequence range of an evidence bundle ends before it starts. */
	static AuditRefusal evidenceSequencesReversed(long from, long to) {
		return new AuditRefusal(Kind.INVALID, "evidence-range-reversed", "fromSequence", Long.toString(from),
				"toSequence", Long.toString(to));
	}

	/** A sequence bound of an evidence bundle is less than 1. */
	static AuditRefusal evidenceSequenceTooSmall(String field, String sequence) {
		return new AuditRefusal(Kind.INVALID, "evidence-sequence-too-small", field, sequence);
	}

	/** No entry lies in the range of an evidence bundle. */
	static AuditRefusal evidenceNothingSelected() {
		return new AuditRefusal(Kind.NOT_FOUND, "evidence-nothing-selected");
	}

	/**
	 * The entries before the first one selected were archived and no signed checkpoint
	 * names an entry the chain proof could start from.
	 */
	static AuditRefusal evidenceNoCheckpointBefore(long first) {
		return new AuditRefusal(Kind.CONFLICT, "evidence-no-checkpoint-before", Long.toString(first));
	}

	/**
	 * No checkpoint follows the selection and none can be signed: the log was found
	 * broken.
	 */
	static AuditRefusal evidenceCannotSign() {
		return new AuditRefusal(Kind.CONFLICT, "evidence-cannot-sign");
	}

	/**
	 * A search's filter carried a value that names nothing the log knows (an event type
	 * nobody records, a severity, another kiosk, an employee nobody is).
	 */
	public static AuditRefusal unknownFilterValue(String filter, String value) {
		return new AuditRefusal(Kind.INVALID, "audit-filter-unknown", filter, String.valueOf(value));
	}

	/** A search's filter that takes one value was given several. */
	public static AuditRefusal filterRepeated(String filter, String values) {
		return new AuditRefusal(Kind.INVALID, "audit-filter-repeated", filter, values);
	}

	/** A search's filter that takes an id was given something else. */
	public static AuditRefusal filterNotAnId(String filter, String value) {
		return new AuditRefusal(Kind.INVALID, "audit-filter-not-an-id", filter, String.valueOf(value));
	}

	/** A search's filter that takes a time was given something else. */
	public static AuditRefusal filterNotAnInstant(String filter, String value) {
		return new AuditRefusal(Kind.INVALID, "audit-filter-not-an-instant", filter, String.valueOf(value));
	}

	/** A search named a filter there is none of (a misspelt one would be ignored). */
	public static AuditRefusal unknownFilter(String filter, String known) {
		return new AuditRefusal(Kind.INVALID, "audit-filter-not-a-filter", filter, known);
	}

	static AuditRefusal textTooLong(int length, int max) {
		return new AuditRefusal(Kind.INVALID, "audit-filter-text-too-long", Integer.toString(length),
				Integer.toString(max));
	}

	/** A central search's {@code before} or {@code after} that no page gave. */
	static AuditRefusal cursorUnreadable(String parameter, String text) {
		return new AuditRefusal(Kind.INVALID, "audit-cursor-unreadable", parameter, text);
	}

	/**
	 * A central search named a filter that holds only in one kiosk's own database (its
	 * employee, phone and locker ids).
	 */
	static AuditRefusal filterNotCentral(String filter) {
		return new AuditRefusal(Kind.INVALID, "audit-filter-not-central", filter);
	}

	/** A visit asked for by a check-in id the log never recorded. */
	static AuditRefusal visitUnknown(String checkInId) {
		return new AuditRefusal(Kind.NOT_FOUND, "audit-visit-unknown", String.valueOf(checkInId));
	}

}
