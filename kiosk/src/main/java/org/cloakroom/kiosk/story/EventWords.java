package org.cloakroom.kiosk.story;

import java.util.List;
import java.util.Locale;

import org.cloakroom.kiosk.audit.AuditEntry;
import org.cloakroom.kiosk.audit.AuditSubject;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * Tells audit entries in words: each entry's type has a sentence in
 * {@code messages/story.properties} ({@code story.<type>}) whose {@code [field]}s are
 * filled from the entry's details, with names looked up once per call. An entry whose
 * type has no sentence, or whose details are not what its sentence expects (an old
 * shape), still reads: its type and what it is about.
 */
@Service
public class EventWords {

	private final MessageSource messages;

	private final NameSource names;

	EventWords(MessageSource messages, NameSource names) {
		this.messages = messages;
		this.names = names;
	}

	/** The entries as lines, in the order given, in the current request's language. */
	public List<StoryLine> tell(List<AuditEntry> entries) {
		Telling telling = telling(LocaleContextHolder.getLocale());
		return entries.stream().map(telling::line).toList();
	}

	/**
	 * What the subject of an entry ({@code employee:1}) is called ({@code Ada Lovelace}).
	 */
	public String name(String subject) {
		return telling(LocaleContextHolder.getLocale()).subject(subject);
	}

	/** Whether the enrolment or locker module knows the thing a subject names. */
	boolean knows(AuditSubject subject) {
		long id;
		try {
			id = Long.parseLong(subject.id());
		}
		catch (NumberFormatException ex) {
			return false;
		}
		Names names = new Names(this.names);
		return switch (subject.kind()) {
			case EMPLOYEE -> names.employee(id).isPresent();
			case PHONE -> names.phone(id).isPresent();
			case LOCKER -> id >= Integer.MIN_VALUE && id <= Integer.MAX_VALUE && names.locker((int) id).isPresent();
			default -> false;
		};
	}

	Telling telling(Locale locale) {
		return new Telling(new Words(this.messages, locale), new Names(this.names));
	}

}
