package org.cloakroom.kiosk.fleet.wire;

import java.time.Instant;

import org.cloakroom.kiosk.audit.AuditEntry;

/**
 * One audit log entry as a kiosk forwards it: every stored field, unchanged, so that
 * central can check its links and a holder of the chain key its hash.
 */
public record ForwardedEntry(long sequence, Instant recordedAt, String type, String subject, boolean alert,
		String details, String previousHash, String hash, String keyId) {

	public static ForwardedEntry of(AuditEntry entry) {
		return new ForwardedEntry(entry.sequence(), entry.at(), entry.type(), entry.subject(), entry.alert(),
				entry.details(), entry.previousHash(), entry.hash(), entry.keyId());
	}

	public AuditEntry toAuditEntry() {
		return new AuditEntry(this.sequence, this.recordedAt, this.type, this.subject, this.alert, this.details,
				this.previousHash, this.hash, this.keyId);
	}

}
