package org.cloakroom.kiosk.story;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.cloakroom.kiosk.audit.AuditSubject;

/** What a timeline can be about, by the word its paths use ({@code employees}). */
public enum TimelineKind {

	EMPLOYEES(AuditSubject.Kind.EMPLOYEE, "Employee"), PHONES(AuditSubject.Kind.PHONE, "Phone"),
	LOCKERS(AuditSubject.Kind.LOCKER, "Locker");

	private final AuditSubject.Kind subject;

	private final String what;

	TimelineKind(AuditSubject.Kind subject, String what) {
		this.subject = subject;
		this.what = what;
	}

	/** What a refusal calls a thing of this kind that does not exist. */
	String what() {
		return this.what;
	}

	/** The word of the paths: {@code employees}, {@code phones}, {@code lockers}. */
	public String path() {
		return name().toLowerCase(Locale.ROOT);
	}

	public AuditSubject subject(long id) {
		return new AuditSubject(this.subject, Long.toString(id));
	}

	public static Optional<TimelineKind> ofPath(String path) {
		return Arrays.stream(values()).filter((kind) -> kind.path().equals(path)).findFirst();
	}

}
