package org.cloakroom.kiosk.audit;

import java.time.Instant;

/**
 * A console user exported an evidence bundle: the selection as asked, the first and last
 * entry it holds and how many, and the SHA-256 of its signed manifest, so that the log
 * names every bundle handed out and a bundle can be matched to its export.
 */
@AuditType("EvidenceExported")
public record EvidenceExported(String by, Instant fromTime, Instant toTime, Long fromSequence, Long toSequence,
		long firstEntry, long lastEntry, long entries, String manifestSha256) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.consoleUser(this.by);
	}

}
