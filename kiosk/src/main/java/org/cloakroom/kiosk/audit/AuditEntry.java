package org.cloakroom.kiosk.audit;

import java.time.Instant;

/**
 * One link of the audit chain as stored: {@code hash} is the HMAC-SHA-256 (hex) of the
 * entry's canonical form, which includes {@code previousHash}, with the chain key
 * {@code keyId}; an entry written before the log was keyed has no key id and a plain
 * SHA-256 hash (see {@code CanonicalForm}).
 */
public record AuditEntry(long sequence, Instant at, String type, String subject, boolean alert, String details,
		String previousHash, String hash, String keyId) {

	/** An entry as it was before the chain was keyed. */
	public AuditEntry(long sequence, Instant at, String type, String subject, boolean alert, String details,
			String previousHash, String hash) {
		this(sequence, at, type, subject, alert, details, previousHash, hash, null);
	}

}
