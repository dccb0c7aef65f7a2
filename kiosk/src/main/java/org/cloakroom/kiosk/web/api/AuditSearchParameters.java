package org.cloakroom.kiosk.web.api;

import java.beans.PropertyChangeEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.cloakroom.kiosk.audit.AuditFilter;
import org.cloakroom.kiosk.audit.AuditRefusal;
import org.cloakroom.kiosk.audit.AuditSearch;
import org.cloakroom.kiosk.audit.EntrySeverity;
import org.cloakroom.kiosk.enrolment.EmployeeDirectory;
import org.cloakroom.kiosk.enrolment.EmployeeRef;

import org.springframework.beans.TypeMismatchException;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.util.NumberUtils;

/**
 * A search of the log as a request's parameters, for the API, the export and the
 * console's search page alike: {@code from}, {@code to}, {@code type} and
 * {@code severity} (repeatable), {@code employee} (by id, badge or name; repeatable),
 * {@code phone} and {@code locker} (by id; repeatable), {@code kiosk}, {@code text} and
 * {@code subject}; in the central home {@code site} too. A parameter that is no filter,
 * or a value that names nothing, is refused naming it: never ignored. Blank values (an
 * empty form field) are no condition.
 */
@Component
public class AuditSearchParameters {

	/** Every filter, in the order the refusal lists them. */
	public static final List<String> FILTERS = List.of("from", "to", "type", "severity", "employee", "phone", "locker",
			"kiosk", "text", "subject");

	/** The central home's: a site's kiosks as well. */
	public static final List<String> CENTRAL_FILTERS = List.of("from", "to", "type", "severity", "employee", "phone",
			"locker", "kiosk", "site", "text", "subject");

	/** Spring Security's own, sent with every request of a signed-in page or test. */
	private static final String CSRF = "_csrf";

	private final EmployeeDirectory employees;

	private final boolean central;

	private final List<String> filters;

	AuditSearchParameters(EmployeeDirectory employees, AuditSearch search) {
		this.employees = employees;
		this.central = search.acrossKiosks();
		this.filters = this.central ? CENTRAL_FILTERS : FILTERS;
	}

	/**
	 * The filter the parameters ask for.
	 * @param other the parameters that are not filters but the caller takes (paging,
	 * format)
	 * @throws AuditRefusal naming the parameter that is not a filter, or the filter whose
	 * value is malformed or names nothing
	 */
	public AuditFilter filter(MultiValueMap<String, String> parameters, Set<String> other) {
		for (String name : parameters.keySet()) {
			if (!this.filters.contains(name) && !other.contains(name) && !CSRF.equals(name)) {
				throw AuditRefusal.unknownFilter(name, String.join(", ", this.filters));
			}
		}
		return new AuditFilter(instant(parameters, "from"), instant(parameters, "to"),
				values(parameters, "type", Function.identity()), values(parameters, "severity", EntrySeverity::of),
				employees(parameters), values(parameters, "phone", (value) -> number(value, "phone")),
				values(parameters, "locker", (value) -> Math.toIntExact(number(value, "locker"))),
				single(parameters, "subject"), single(parameters, "kiosk"), single(parameters, "text"),
				single(parameters, "site"));
	}

	/**
	 * A page's cursor as a request gives it ({@code before}, {@code after}): in a kiosk's
	 * own log a sequence, read (and refused) as Spring reads any other number parameter;
	 * centrally the text a page gave, which the search reads.
	 * @throws TypeMismatchException naming the parameter, at a door, for what is no
	 * number
	 */
	public String cursor(String parameter, String value) {
		if (value == null || this.central) {
			return value;
		}
		if (value.isEmpty()) {
			return null;
		}
		try {
			return NumberUtils.parseNumber(value, Long.class).toString();
		}
		catch (IllegalArgumentException ex) {
			throw new TypeMismatchException(new PropertyChangeEvent(this, parameter, null, value), Long.class, ex);
		}
	}

	/** Whether the search reads every kiosk's entries (the central home). */
	public boolean acrossKiosks() {
		return this.central;
	}

	private Set<Long> employees(MultiValueMap<String, String> parameters) {
		Set<Long> ids = new LinkedHashSet<>();
		for (String value : nonBlank(parameters, "employee")) {
			Set<Long> found = employee(value.strip());
			if (found.isEmpty()) {
				throw AuditRefusal.unknownFilterValue(AuditFilter.EMPLOYEE, value);
			}
			ids.addAll(found);
		}
		return ids;
	}

	/** An id as itself, and whoever has the value as badge or name (in part). */
	private Set<Long> employee(String value) {
		Set<Long> ids = new LinkedHashSet<>();
		if (value.chars().allMatch(Character::isDigit) && value.length() <= 18) {
			ids.add(Long.parseLong(value));
		}
		String lower = value.toLowerCase(Locale.ROOT);
		for (EmployeeRef employee : this.employees.all()) {
			if (value.equals(employee.badgeId()) || employee.name().toLowerCase(Locale.ROOT).contains(lower)) {
				ids.add(employee.id().value());
			}
		}
		return ids;
	}

	private static <T> Set<T> values(MultiValueMap<String, String> parameters, String name, Function<String, T> parse) {
		Set<T> values = new LinkedHashSet<>();
		nonBlank(parameters, name).forEach((value) -> values.add(parse.apply(value.strip())));
		return values;
	}

	private static List<String> nonBlank(MultiValueMap<String, String> parameters, String name) {
		List<String> values = parameters.getOrDefault(name, List.of());
		return values.stream().filter((value) -> value != null && !value.isBlank()).toList();
	}

	private static String single(MultiValueMap<String, String> parameters, String name) {
		List<String> values = nonBlank(parameters, name);
		if (values.size() > 1) {
			throw AuditRefusal.filterRepeated(name, String.join(", ", values));
		}
		return values.isEmpty() ? null : values.get(0).strip();
	}

	private static long number(String value, String name) {
		try {
			long number = Long.parseLong(value);
			if (number < 1 || number > Integer.MAX_VALUE) {
				throw new NumberFormatException();
			}
			return number;
		}
		catch (NumberFormatException ex) {
			throw AuditRefusal.filterNotAnId(name, value);
		}
	}

	/**
	 * An instant ({@code 2026-11-22T08:00:00Z}); a date-time without offset (a form's
	 * {@code datetime-local}) or a date is read as UTC.
	 */
	private static Instant instant(MultiValueMap<String, String> parameters, String name) {
		String value = single(parameters, name);
		if (value == null) {
			return null;
		}
		try {
			return Instant.parse(value);
		}
		catch (DateTimeParseException notAnInstant) {
			try {
				return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
			}
			catch (DateTimeParseException notADateTime) {
				try {
					return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
				}
				catch (DateTimeParseException notADate) {
					throw AuditRefusal.filterNotAnInstant(name, value);
				}
			}
		}
	}

}
