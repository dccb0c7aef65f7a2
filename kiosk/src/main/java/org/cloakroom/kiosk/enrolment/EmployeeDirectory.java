package org.cloakroom.kiosk.enrolment;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.cloakroom.kiosk.NotFoundException;

import org.cloakroom.kiosk.security.PinAttempts;
import org.cloakroom.kiosk.security.PinHasher;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Finds employees, and identifies one at the kiosk by badge, or by badge number and PIN;
 * a deactivated employee is refused there ({@link EmployeeDeactivatedException}, audited
 * as {@link DeactivatedEmployeeRefused}).
 */
@Service
public class EmployeeDirectory {

	private final EmployeeTable employees;

	private final PinHasher pins;

	private final PinAttempts attempts;

	private final ApplicationEventPublisher events;

	EmployeeDirectory(EmployeeTable employees, PinHasher pins, PinAttempts attempts, ApplicationEventPublisher events) {
		this.employees = employees;
		this.pins = pins;
		this.attempts = attempts;
		this.events = events;
	}

	public List<EmployeeRef> all() {
		return this.employees.all();
	}

	public Optional<EmployeeRef> byId(EmployeeId employeeId) {
		return this.employees.byId(employeeId);
	}

	/** Every employee with their status, by name. */
	public List<EmployeeView> views() {
		return this.employees.rows().stream().map(EmployeeTable.Row::view).toList();
	}

	/**
	 * The employees whose name or badge contains {@code text} (ignoring case); all for a
	 * blank text.
	 */
	public List<EmployeeView> search(String text) {
		String wanted = (text == null) ? "" : text.strip().toLowerCase(Locale.ROOT);
		return views().stream()
			.filter((employee) -> wanted.isEmpty() || employee.name().toLowerCase(Locale.ROOT).contains(wanted)
					|| employee.badgeId().toLowerCase(Locale.ROOT).contains(wanted))
			.toList();
	}

	/**
	 * @throws NotFoundException for an unknown employee
	 */
	public EmployeeView view(EmployeeId employeeId) {
		return this.employees.row(employeeId)
			.map(EmployeeTable.Row::view)
			.orElseThrow(() -> new NotFoundException("Employee", employeeId));
	}

	/**
	 * @throws UnknownBadgeException for an unknown badge
	 * @throws EmployeeDeactivatedException for a deactivated employee (audited)
	 */
	public EmployeeRef byBadge(String badgeId) {
		return active(this.employees.byBadge(badgeId).orElseThrow(() -> new UnknownBadgeException(badgeId)));
	}

	/**
	 * Deliberately not one transaction: a wrong PIN throws, and the failure that
	 * {@link PinAttempts} recorded (and its audit entry) must not roll back with it.
	 * @throws UnknownBadgeException for an unknown badge
	 * @throws WrongPinException for a wrong PIN (counted)
	 * @throws org.cloakroom.kiosk.security.PinEntryLockedException while locked out
	 * @throws EmployeeDeactivatedException for a deactivated employee with the right PIN
	 * (audited)
	 */
	public EmployeeRef byBadgeAndPin(String badgeId, String pin) {
		this.attempts.checkAllowed(badgeId);
		EmployeeTable.Row employee = this.employees.byBadge(badgeId)
			.orElseThrow(() -> new UnknownBadgeException(badgeId));
		if (pin != null && this.pins.matches(pin, employee.pinHash())) {
			this.attempts.recordSuccess(badgeId);
			return active(employee);
		}
		int attemptsLeft = this.attempts.recordFailure(badgeId);
		throw new WrongPinException(badgeId, attemptsLeft);
	}

	/** Deliberately outside a transaction, as above: the refusal's audit entry stays. */
	private EmployeeRef active(EmployeeTable.Row employee) {
		if (employee.deactivatedAt() != null) {
			this.events.publishEvent(new DeactivatedEmployeeRefused(employee.id(), employee.badgeId()));
			throw new EmployeeDeactivatedException(employee.ref());
		}
		return employee.ref();
	}

}
