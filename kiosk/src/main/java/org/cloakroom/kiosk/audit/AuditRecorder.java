package org.cloakroom.kiosk.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends every {@link AuditableEvent} to the chain, synchronously and inside the
 * publisher's transaction: if that transaction rolls back, so does the entry, and if the
 * append fails, the publisher's change does not commit. Locking the head row orders all
 * appends totally, across threads and transactions. The hash is the HMAC-SHA-256 of the
 * {@link CanonicalForm} with the chain key.
 */
@Component
class AuditRecorder {

	static final int MAX_TYPE_LENGTH = 120;

	private final AuditTable table;

	private final ChainKey key;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	AuditRecorder(AuditTable table, AuditKeys keys, Clock clock, ApplicationEventPublisher events) {
		this.table = table;
		this.key = keys.chainKey();
		this.clock = clock;
		this.events = events;
	}

	@EventListener
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(AuditableEvent event) {
		// An event without a declared AuditType is refused here, before anything is
		// written.
		String type = singleLine(event, "type", event.type(), MAX_TYPE_LENGTH);
		String subject = subjectOf(event);
		boolean alert = event.alert();
		String details = CanonicalForm.details(event);
		ChainHead head = this.table.lockHead();
		long sequence = head.lastSequence() + 1;
		Instant at = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		String hash = CanonicalForm.hash(this.key, sequence, at, type, subject, alert, details, head.lastHash());
		AuditEntry entry = new AuditEntry(sequence, at, type, subject, alert, details, head.lastHash(), hash,
				this.key.id());
		this.table.append(entry);
		this.events.publishEvent(new AuditEntryRecorded(entry, event));
	}

	/**
	 * The subject is one line of the canonical form; {@link AuditSubject} keeps it so.
	 */
	private static String subjectOf(AuditableEvent event) {
		AuditSubject subject;
		try {
			subject = event.subject();
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(
					"Audit event " + event.getClass().getName() + " has no valid subject: " + ex.getMessage(), ex);
		}
		if (subject == null) {
			throw new IllegalArgumentException("Audit event " + event.getClass().getName() + " has no subject");
		}
		return subject.text();
	}

	/** The type is a line of the canonical form, so it must be one line. */
	private static String singleLine(AuditableEvent event, String field, String value, int maxLength) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(
					"Audit event " + event.getClass().getName() + " has no " + field + " (was '" + value + "')");
		}
		if (value.length() > maxLength || value.chars().anyMatch(Character::isISOControl)) {
			throw new IllegalArgumentException("Audit event " + event.getClass().getName() + " has a " + field
					+ " that is not one line of at most " + maxLength + " characters: '" + value + "'");
		}
		return value;
	}

}
