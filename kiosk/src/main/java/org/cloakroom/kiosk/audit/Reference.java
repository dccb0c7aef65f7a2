package org.cloakroom.kiosk.audit;

/**
 * One thing an entry is about: a kind (the subject's words, and {@code check-in}) and an
 * id as the log writes it.
 */
record Reference(String kind, String id) {

	static final String EMPLOYEE = AuditSubject.Kind.EMPLOYEE.word();

	static final String PHONE = AuditSubject.Kind.PHONE.word();

	static final String LOCKER = AuditSubject.Kind.LOCKER.word();

	static final String STORAGE = AuditSubject.Kind.STORAGE.word();

	static final String BADGE = AuditSubject.Kind.BADGE.word();

	static final String DEVICE = AuditSubject.Kind.DEVICE.word();

	/** Not a subject kind: check-ins are named in details only (as {@code visitId}). */
	static final String CHECK_IN = "check-in";

	/** The longest id kept: the subject's own bound. */
	static final int MAX_ID_LENGTH = AuditSubject.MAX_LENGTH;

	/** As the table holds it: {@code employee:7}, like a subject's text. */
	String text() {
		return this.kind + ":" + this.id;
	}

	static String text(String kind, String id) {
		return kind + ":" + id;
	}

	Reference {
		if (kind == null || id == null || id.isBlank() || id.length() > MAX_ID_LENGTH) {
			throw new IllegalArgumentException("A reference needs a kind and an id of 1 to " + MAX_ID_LENGTH
					+ " characters, was " + kind + ":'" + id + "'");
		}
	}

}
