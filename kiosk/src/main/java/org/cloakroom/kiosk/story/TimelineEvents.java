package org.cloakroom.kiosk.story;

import java.util.List;

import org.cloakroom.kiosk.audit.AuditEntry;
import org.cloakroom.kiosk.audit.AuditSubject;

/**
 * Where a timeline's entries come from: those about one employee, phone or locker, newest
 * first. {@link ReferencedEvents} reads them from the log's references (every thing an
 * entry mentions, not only its subject), so an employee's timeline holds the locker
 * events of their visits.
 */
public interface TimelineEvents {

	/**
	 * At most {@code limit} entries about the subject whose sequence is below
	 * {@code before} (all, when null), newest first.
	 */
	List<AuditEntry> newestFirst(AuditSubject subject, Long before, int limit);

}
