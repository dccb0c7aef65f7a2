package org.cloakroom.kiosk.audit;

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

}
