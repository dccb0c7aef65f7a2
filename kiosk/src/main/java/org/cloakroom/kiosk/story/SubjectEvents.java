package org.cloakroom.kiosk.story;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.cloakroom.kiosk.audit.AuditEntry;
import org.cloakroom.kiosk.audit.AuditLog;
import org.cloakroom.kiosk.audit.AuditSubject;

import org.springframework.stereotype.Component;

/**
 * A timeline's entries as the log can give them today: those whose subject is the thing,
 * among its newest {@link AuditLog#MAX_LIMIT}. So an employee's timeline leaves out the
 * locker's own events of a visit, and pages stop after that many entries; the audit
 * module's search (references, keyset paging) replaces this.
 */
@Component
class SubjectEvents implements TimelineEvents {

	private final AuditLog log;

	SubjectEvents(AuditLog log) {
		this.log = log;
	}

	@Override
	public List<AuditEntry> newestFirst(AuditSubject subject, Long before, int limit) {
		List<AuditEntry> newest = new ArrayList<>(this.log.about(subject, AuditLog.MAX_LIMIT));
		Collections.reverse(newest);
		return newest.stream().filter((entry) -> before == null || entry.sequence() < before).limit(limit).toList();
	}

}
