package org.cloakroom.kiosk.audit;

/**
 * Entries {@code fromSequence} to {@code toSequence}, older than the retention, were
 * written to {@code file} (gzip JSON lines, SHA-256 {@code fileSha256}) with a signed
 * checkpoint at {@code toSequence}, and removed from the database.
 */
@AuditType("AuditArchived")
public record AuditArchived(long fromSequence, long toSequence, String lastHash, String file, String fileSha256,
		String checkpointSignature) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.kiosk();
	}

}
