package org.cloakroom.kiosk.story;

import java.util.List;

import org.cloakroom.kiosk.audit.AuditEntry;
import org.cloakroom.kiosk.audit.AuditSearch;
import org.cloakroom.kiosk.audit.AuditSubject;

import org.springframework.stereotype.Component;

/**
 * A timeline's entries from the log's references: every entry that names the employee,
 * phone or locker anywhere (an employee's locker events come through their storages),
 * paged by sequence through the whole log.
 */
@Component
class ReferencedEvents implements TimelineEvents {

	private final AuditSearch search;

	ReferencedEvents(AuditSearch search) {
		this.search = search;
	}

	@Override
	public List<AuditEntry> newestFirst(AuditSubject subject, Long before, int limit) {
		long id = Long.parseLong(subject.id());
		return switch (subject.kind()) {
			case EMPLOYEE -> this.search.aboutEmployee(id, before, limit).entries();
			case PHONE -> this.search.aboutPhone(id, before, limit).entries();
			case LOCKER -> this.search.aboutLocker(Math.toIntExact(id), before, limit).entries();
			default -> throw new IllegalArgumentException("A timeline is of an employee, a phone or a locker, not of "
					+ subject.kind().word() + " (" + subject.text() + ")");
		};
	}

}
