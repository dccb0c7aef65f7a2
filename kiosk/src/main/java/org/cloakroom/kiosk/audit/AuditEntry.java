package org.cloakroom.kiosk.audit;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One link of the audit chain as stored: {@code hash} is the HMAC-SHA-256 (hex) of the
 * entry's canonical form, which includes {@code previousHash}, with the chain key
 * {@code keyId}; an entry written before the log was keyed has no key id and a plain
 * SHA-256 hash (see {@code CanonicalForm}).
 *
 * @param kiosk centrally, the registered kiosk whose chain holds the entry (its name);
 * null in a kiosk's own log, and then absent from the JSON
 * @param site centrally, where that kiosk stands; null (absent) in a kiosk's own log
 */
public record AuditEntry(long sequence, Instant at, String type, String subject, boolean alert, String details,
		String previousHash, String hash, String keyId, @JsonInclude(JsonInclude.Include.NON_NULL) String kiosk,
		@JsonInclude(JsonInclude.Include.NON_NULL) String site) {

	/** An entry of this log. */
	public AuditEntry(long sequence, Instant at, String type, String subject, boolean alert, String details,
			String previousHash, String hash, String keyId) {
		this(sequence, at, type, subject, alert, details, previousHash, hash, keyId, null, null);
	}

	/** An entry as it was before the chain was keyed. */
	public AuditEntry(long sequence, Instant at, String type, String subject, boolean alert, String details,
			String previousHash, String hash) {
		this(sequence, at, type, subject, alert, details, previousHash, hash, null);
	}

}
