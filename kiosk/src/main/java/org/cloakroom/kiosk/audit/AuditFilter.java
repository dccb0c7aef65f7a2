package org.cloakroom.kiosk.audit;

import java.time.Instant;
import java.util.Set;

/**
 * What a search of the whole log asks for; every part is optional (null or empty: no
 * condition) and they combine with AND, each set's values with OR. Employees, phones and
 * lockers match an entry that names them anywhere ({@code audit_reference}), not only as
 * its subject.
 *
 * @param from entries recorded at or after
 * @param to entries recorded before
 * @param types event types as the log records them ({@code PhonesStored})
 * @param severities alert, notice, info
 * @param employees employee ids
 * @param phones phone ids
 * @param lockers locker numbers
 * @param subject the subject exactly as recorded ({@code locker:7})
 * @param kiosk this kiosk's id (any other is refused); centrally, a registered kiosk's
 * name
 * @param text words in the event's details, case-insensitive
 * @param site centrally, the site whose kiosks' entries are searched; a kiosk's own log
 * has none
 */
public record AuditFilter(Instant from, Instant to, Set<String> types, Set<EntrySeverity> severities,
		Set<Long> employees, Set<Long> phones, Set<Integer> lockers, String subject, String kiosk, String text,
		String site) {

	/** The longest free text searched for. */
	public static final int MAX_TEXT = 200;

	/** The filters' names as a request gives them, and as a refusal names them. */
	public static final String TYPE = "type";

	public static final String SEVERITY = "severity";

	public static final String EMPLOYEE = "employee";

	public static final String KIOSK = "kiosk";

	public static final String SITE = "site";

	public AuditFilter {
		types = (types != null) ? Set.copyOf(types) : Set.of();
		severities = (severities != null) ? Set.copyOf(severities) : Set.of();
		employees = (employees != null) ? Set.copyOf(employees) : Set.of();
		phones = (phones != null) ? Set.copyOf(phones) : Set.of();
		lockers = (lockers != null) ? Set.copyOf(lockers) : Set.of();
		subject = blankToNull(subject);
		kiosk = blankToNull(kiosk);
		text = blankToNull(text);
		site = blankToNull(site);
		if (text != null && text.length() > MAX_TEXT) {
			throw AuditRefusal.textTooLong(text.length(), MAX_TEXT);
		}
	}

	/** A search of one kiosk's own log, which knows no site. */
	public AuditFilter(Instant from, Instant to, Set<String> types, Set<EntrySeverity> severities, Set<Long> employees,
			Set<Long> phones, Set<Integer> lockers, String subject, String kiosk, String text) {
		this(from, to, types, severities, employees, phones, lockers, subject, kiosk, text, null);
	}

	/** No condition: the whole log. */
	public static AuditFilter none() {
		return new AuditFilter(null, null, null, null, null, null, null, null, null, null);
	}

	public static AuditFilter employee(long employeeId) {
		return new AuditFilter(null, null, null, null, Set.of(employeeId), null, null, null, null, null);
	}

	public static AuditFilter phone(long phoneId) {
		return new AuditFilter(null, null, null, null, null, Set.of(phoneId), null, null, null, null);
	}

	public static AuditFilter locker(int lockerId) {
		return new AuditFilter(null, null, null, null, null, null, Set.of(lockerId), null, null, null);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
