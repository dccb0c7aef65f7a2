package org.cloakroom.kiosk.enrolment;

import java.time.Clock;
import java.util.Objects;

import org.cloakroom.kiosk.NotFoundException;
import org.cloakroom.kiosk.Refusal;
import org.cloakroom.kiosk.security.PinHasher;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an admin changes of an enrolled employee: name and preferred language,
 * deactivation and reactivation, a new badge, a new PIN. Each change is an audit event
 * naming the console user ({@code by}); the PIN is hashed at once and reaches no event.
 */
@Service
public class EmployeeAdministration {

	private final EnrolmentEdits localEdits;

	private final EmployeeTable employees;

	private final PinHasher pins;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	EmployeeAdministration(EmployeeTable employees, PinHasher pins, ApplicationEventPublisher events, Clock clock,
			EnrolmentEdits localEdits) {
		this.employees = employees;
		this.pins = pins;
		this.events = events;
		this.clock = clock;
		this.localEdits = localEdits;
	}

	/**
	 * Sets the name and preferred language (null or blank: the kiosk's default).
	 * @throws NotFoundException for an unknown employee
	 */
	@Transactional
	public EmployeeView edit(EmployeeId id, String name, String language, String by) {
		this.localEdits.allowed();
		String actor = Inputs.actor(by);
		String cleanName = Inputs.text("name", name, 200);
		String tag = Inputs.language(language);
		EmployeeTable.Row before = row(id);
		if (!before.name().equals(cleanName) || !Objects.equals(before.language(), tag)) {
			this.employees.edit(id, cleanName, tag);
			this.events.publishEvent(new EmployeeEdited(id, before.name(), cleanName, before.language(), tag, actor));
		}
		return row(id).view();
	}

	/**
	 * The kiosk refuses the employee from now on; history, phones and identities stay.
	 * @throws EnrolmentRefusal when already deactivated, or without a reason
	 */
	@Transactional
	public EmployeeView deactivate(EmployeeId id, String because, String by) {
		this.localEdits.allowed();
		String actor = Inputs.actor(by);
		String reason = Inputs.text("reason", because, 500);
		if (!row(id).view().active()) {
			throw new EnrolmentRefusal(Refusal.Kind.CONFLICT, "employee-already-deactivated", id);
		}
		this.employees.deactivatedAt(id, this.clock.instant());
		this.events.publishEvent(new EmployeeDeactivated(id, reason, actor));
		return row(id).view();
	}

	/**
	 * @throws EnrolmentRefusal when the employee is active
	 */
	@Transactional
	public EmployeeView reactivate(EmployeeId id, String by) {
		this.localEdits.allowed();
		String actor = Inputs.actor(by);
		if (row(id).view().active()) {
			throw new EnrolmentRefusal(Refusal.Kind.CONFLICT, "employee-already-active", id);
		}
		this.employees.deactivatedAt(id, null);
		this.events.publishEvent(new EmployeeReactivated(id, actor));
		return row(id).view();
	}

	/**
	 * Replaces the employee's badge: the old one no longer identifies anybody.
	 * @throws DuplicateBadgeException when another employee holds the new badge
	 * @throws EnrolmentRefusal when the new badge is the employee's own
	 */
	@Transactional
	public EmployeeView resetBadge(EmployeeId id, String badgeId, String by) {
		this.localEdits.allowed();
		String actor = Inputs.actor(by);
		String badge = Inputs.badge(badgeId);
		EmployeeTable.Row before = row(id);
		if (before.badgeId().equals(badge)) {
			throw EnrolmentRefusal.invalid("badge-unchanged", badge);
		}
		if (this.employees.badgeTaken(badge)) {
			throw new DuplicateBadgeException(badge);
		}
		try {
			this.employees.badge(id, badge);
		}
		catch (DuplicateKeyException ex) {
			throw new DuplicateBadgeException(badge);
		}
		this.events.publishEvent(new BadgeReset(id, before.badgeId(), badge, actor));
		return row(id).view();
	}

	/**
	 * Sets a new PIN (checked as at enrolment), hashed at once.
	 */
	@Transactional
	public void resetPin(EmployeeId id, String pin, String by) {
		this.localEdits.allowed();
		String actor = Inputs.actor(by);
		row(id);
		this.employees.pinHash(id, this.pins.hash(pin));
		this.events.publishEvent(new PinReset(id, actor));
	}

	private EmployeeTable.Row row(EmployeeId id) {
		return this.employees.row(id).orElseThrow(() -> new NotFoundException("Employee", id));
	}

}
