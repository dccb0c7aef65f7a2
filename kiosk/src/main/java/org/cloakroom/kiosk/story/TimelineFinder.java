package org.cloakroom.kiosk.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.cloakroom.kiosk.enrolment.EmployeeDirectory;
import org.cloakroom.kiosk.enrolment.PhoneRegistry;
import org.cloakroom.kiosk.locker.Lockers;

import org.springframework.stereotype.Service;

/**
 * Finds what a timeline can be about from what an officer types: an employee by part of
 * the name or by the whole badge, a phone by part of its label, a locker by its label.
 */
@Service
public class TimelineFinder {

	/** The most matches of each kind shown. */
	static final int MOST = 20;

	private final EmployeeDirectory employees;

	private final PhoneRegistry phones;

	/** None in the central home: it has no locker bank. */
	private final Optional<Lockers> lockers;

	TimelineFinder(EmployeeDirectory employees, PhoneRegistry phones, Optional<Lockers> lockers) {
		this.employees = employees;
		this.phones = phones;
		this.lockers = lockers;
	}

	/** A thing found: its kind, id and name. */
	public record Found(TimelineKind kind, long id, String name) {
	}

	public List<Found> find(String typed) {
		String query = (typed == null) ? "" : typed.strip().toLowerCase(Locale.ROOT);
		if (query.isEmpty()) {
			return List.of();
		}
		List<Found> found = new ArrayList<>();
		this.employees.all()
			.stream()
			.filter((one) -> one.name().toLowerCase(Locale.ROOT).contains(query)
					|| one.badgeId().equalsIgnoreCase(query))
			.limit(MOST)
			.forEach((one) -> found.add(new Found(TimelineKind.EMPLOYEES, one.id().value(), one.name())));
		this.phones.all()
			.stream()
			.filter((one) -> one.label().toLowerCase(Locale.ROOT).contains(query))
			.limit(MOST)
			.forEach((one) -> found.add(new Found(TimelineKind.PHONES, one.id().value(), one.label())));
		this.lockers.stream()
			.flatMap((bank) -> bank.all().stream())
			.filter((one) -> one.label().equalsIgnoreCase(query) || ("locker " + one.label()).equalsIgnoreCase(query))
			.limit(MOST)
			.forEach((one) -> found.add(new Found(TimelineKind.LOCKERS, one.id().value(), one.label())));
		return found;
	}

}
