package org.cloakroom.kiosk.story;

import java.util.List;

import org.cloakroom.kiosk.audit.AuditEntry;
import org.cloakroom.kiosk.audit.AuditSubject;

/**
 * Where a timeline's entries come from: those about one employee, phone or locker, newest
 * first. A port because the log's references (every thing an entry mentions, not only its
 * subject) are what a timeline should read, and they arrive with the audit module's
 * search; until then {@link SubjectEvents} reads entries by subject.
 */
public interface TimelineEvents {

	/**
	 * At most {@code limit} entries about the subject whose sequence is below
	 * {@code before} (all, when null), newest first.
	 */
	List<AuditEntry> newestFirst(AuditSubject subject, Long before, int limit);

}
