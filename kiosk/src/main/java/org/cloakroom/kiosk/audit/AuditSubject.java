package org.cloakroom.kiosk.audit;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What an audit entry is about: a kind and, for most kinds, an id. The log records it as
 * {@link #text()}, {@code kind:id} ({@code locker:7}, {@code employee:2}) or the bare
 * kind ({@code kiosk}), exactly as entries were written before this type existed, so old
 * logs stay verifiable and searchable by the same text.
 * <p>
 * The factories take the bare number rather than {@code LockerId} or {@code EmployeeId}:
 * those types live in modules that depend on this one, and the log must not depend back
 * on them. Each kind's word is spelled here once, never at a call site.
 */
public record AuditSubject(Kind kind, String id) {

	/** The longest text a subject may have; the column holds more. */
	public static final int MAX_LENGTH = 200;

	/** What kinds of thing entries are about, with the word the log records for each. */
	public enum Kind {

		/** A locker of the bank, by its number. */
		LOCKER("locker", true),
		/** A storage (an employee's phones in one locker), by its id. */
		STORAGE("storage", true),
		/** An enrolled employee, by id. */
		EMPLOYEE("employee", true),
		/** An enrolled phone, by id. */
		PHONE("phone", true),
		/** A badge as typed or read at the kiosk, enrolled or not. */
		BADGE("badge", true),
		/** An unenrolled phone, by the day's keyed hash of its address. */
		DEVICE("device", true),
		/** An entry of the flagged-app catalogue, by its id. */
		FLAGGED_APP("flagged-app", true),
		/** The flagged-app catalogue as a whole. */
		FLAGGED_APP_CATALOGUE("flagged-app-catalogue", false),
		/** An MDM whose inventories were imported, by its name. */
		MDM("mdm", true),
		/** The kiosk itself (its enclosure). */
		KIOSK("kiosk", false),
		/**
		 * A console user (officer, admin, auditor), by username; also a username tried at
		 * sign-in that names nobody.
		 */
		CONSOLE_USER("console-user", true),
		/**
		 * A month of the central instance's kiosk entries (a partition of
		 * {@code fleet_event}), by its table name.
		 */
		FLEET_PARTITION("fleet-partition", true),

		/** A kiosk registered with the central instance, by its name. */
		REGISTERED_KIOSK("registered-kiosk", true);

		private final String word;

		private final boolean identified;

		Kind(String word, boolean identified) {
			this.word = word;
			this.identified = identified;
		}

		/** The word the log records; never changed once a log holds it. */
		public String word() {
			return this.word;
		}

		/** Whether a subject of this kind names one thing by an id. */
		public boolean identified() {
			return this.identified;
		}

	}

	public AuditSubject {
		if (kind == null) {
			throw new IllegalArgumentException("An audit subject needs a kind (id was '" + id + "')");
		}
		if (!kind.identified && id != null) {
			throw new IllegalArgumentException(
					"An audit subject of kind " + kind.word + " has no id, was '" + id + "'");
		}
		if (kind.identified && (id == null || id.isBlank())) {
			throw new IllegalArgumentException(
					"An audit subject of kind " + kind.word + " needs an id, was '" + id + "'");
		}
		// The text is one line of the hash's canonical form: no line break may shift it.
		if (id != null && (id.chars().anyMatch(Character::isISOControl)
				|| kind.word.length() + 1 + id.length() > MAX_LENGTH)) {
			throw new IllegalArgumentException(
					"An audit subject of kind " + kind.word + " needs an id of one line that keeps the subject within "
							+ MAX_LENGTH + " characters, was '" + id + "'");
		}
	}

	public static AuditSubject locker(int lockerId) {
		return new AuditSubject(Kind.LOCKER, Integer.toString(lockerId));
	}

	public static AuditSubject storage(long storageId) {
		return new AuditSubject(Kind.STORAGE, Long.toString(storageId));
	}

	public static AuditSubject employee(long employeeId) {
		return new AuditSubject(Kind.EMPLOYEE, Long.toString(employeeId));
	}

	public static AuditSubject phone(long phoneId) {
		return new AuditSubject(Kind.PHONE, Long.toString(phoneId));
	}

	public static AuditSubject badge(String badgeId) {
		return new AuditSubject(Kind.BADGE, badgeId);
	}

	/** An unenrolled phone by its keyed hash; never by its Bluetooth address. */
	public static AuditSubject device(String deviceKey) {
		return new AuditSubject(Kind.DEVICE, deviceKey);
	}

	public static AuditSubject flaggedApp(String appId) {
		return new AuditSubject(Kind.FLAGGED_APP, appId);
	}

	public static AuditSubject flaggedAppCatalogue() {
		return new AuditSubject(Kind.FLAGGED_APP_CATALOGUE, null);
	}

	public static AuditSubject mdm(String name) {
		return new AuditSubject(Kind.MDM, name);
	}

	public static AuditSubject consoleUser(String username) {
		return new AuditSubject(Kind.CONSOLE_USER, username);
	}

	public static AuditSubject fleetPartition(String partition) {
		return new AuditSubject(Kind.FLEET_PARTITION, partition);
	}

	/** A kiosk registered with the central instance, by its name. */
	public static AuditSubject registeredKiosk(String name) {
		return new AuditSubject(Kind.REGISTERED_KIOSK, name);
	}

	public static AuditSubject kiosk() {
		return new AuditSubject(Kind.KIOSK, null);
	}

	/** The text the log records and is searched by: {@code locker:7}, {@code kiosk}. */
	@JsonValue
	public String text() {
		return (this.id != null) ? this.kind.word + ":" + this.id : this.kind.word;
	}

	@Override
	public String toString() {
		return text();
	}

}
