package org.cloakroom.kiosk.story;

import java.util.List;

import org.cloakroom.kiosk.NotFoundException;
import org.cloakroom.kiosk.audit.AuditEntry;
import org.cloakroom.kiosk.audit.AuditSubject;

import org.springframework.stereotype.Service;

/** The timelines of employees, phones and lockers, a page at a time. */
@Service
public class Timelines {

	/** The most lines one page holds. */
	public static final int MAX_LIMIT = 500;

	private final TimelineEvents events;

	private final EventWords words;

	Timelines(TimelineEvents events, EventWords words) {
		this.events = events;
		this.words = words;
	}

	/**
	 * The newest {@code limit} lines about the thing below the cursor {@code before}
	 * (from the newest, when null).
	 * @throws TimelineRefusal if the limit is not 1 to {@link #MAX_LIMIT}
	 * @throws NotFoundException if the thing has no name and the log nothing about it
	 */
	public Timeline of(TimelineKind kind, long id, Long before, int limit) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw TimelineRefusal.limitOutOfRange(limit, MAX_LIMIT);
		}
		AuditSubject subject = kind.subject(id);
		List<AuditEntry> entries = this.events.newestFirst(subject, before, limit);
		if (entries.isEmpty() && before == null && !this.words.knows(subject)) {
			throw new NotFoundException(kind.what(), id);
		}
		Long next = (entries.size() == limit) ? entries.get(entries.size() - 1).sequence() : null;
		return new Timeline(kind, id, this.words.name(subject.text()), this.words.tell(entries), next);
	}

}
