package org.cloakroom.kiosk.audit;

import java.util.List;

import org.springframework.stereotype.Service;

/**
 * Reads and verifies the audit chain. Appending happens only by publishing an
 * {@link AuditableEvent}.
 */
@Service
public class AuditLog {

	/** The newest entries, newest first. */
	public List<AuditEntry> latest(int limit) {
		throw new UnsupportedOperationException("TODO audit helper");
	}

	/** Entries after the given sequence number, oldest first. */
	public List<AuditEntry> after(long sequence, int limit) {
		throw new UnsupportedOperationException("TODO audit helper");
	}

	/** Entries about one subject ({@code locker:7}), oldest first. */
	public List<AuditEntry> about(String subject, int limit) {
		throw new UnsupportedOperationException("TODO audit helper");
	}

	/**
	 * Walks the whole chain and names the first entry that was edited, deleted or
	 * inserted.
	 */
	public ChainVerification verify() {
		throw new UnsupportedOperationException("TODO audit helper");
	}

}
