package org.cloakroom.kiosk.audit;

import java.time.Instant;

/**
 * One link of the audit chain as stored: {@code hash} is the SHA-256 (hex) of the entry's
 * canonical form, which includes {@code previousHash}.
 */
public record AuditEntry(long sequence, Instant at, String type, String subject, boolean alert, String details,
		String previousHash, String hash) {
}
