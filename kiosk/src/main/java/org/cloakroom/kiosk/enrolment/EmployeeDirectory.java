package org.cloakroom.kiosk.enrolment;

import java.util.List;
import java.util.Optional;

import org.cloakroom.kiosk.security.PinAttempts;
import org.cloakroom.kiosk.security.PinHasher;

import org.springframework.stereotype.Service;

/**
 * Finds employees, and identifies one at the kiosk by badge, or by badge number and PIN.
 */
@Service
public class EmployeeDirectory {

	private final EmployeeTable employees;

	private final PinHasher pins;

	private final PinAttempts attempts;

	EmployeeDirectory(EmployeeTable employees, PinHasher pins, PinAttempts attempts) {
		this.employees = employees;
		this.pins = pins;
		this.attempts = attempts;
	}

	public List<EmployeeRef> all() {
		return this.employees.all();
	}

	public Optional<EmployeeRef> byId(EmployeeId employeeId) {
		return this.employees.byId(employeeId);
	}

	/**
	 * @throws UnknownBadgeException for an unknown badge
	 */
	public EmployeeRef byBadge(String badgeId) {
		return this.employees.byBadge(badgeId)
			.map(EmployeeTable.Row::ref)
			.orElseThrow(() -> new UnknownBadgeException(badgeId));
	}

	/**
	 * Deliberately not one transaction: a wrong PIN throws, and the failure that
	 * {@link PinAttempts} recorded (and its audit entry) must not roll back with it.
	 * @throws UnknownBadgeException for an unknown badge
	 * @throws WrongPinException for a wrong PIN (counted)
	 * @throws org.cloakroom.kiosk.security.PinEntryLockedException while locked out
	 */
	public EmployeeRef byBadgeAndPin(String badgeId, String pin) {
		this.attempts.checkAllowed(badgeId);
		EmployeeTable.Row employee = this.employees.byBadge(badgeId)
			.orElseThrow(() -> new UnknownBadgeException(badgeId));
		if (pin != null && this.pins.matches(pin, employee.pinHash())) {
			this.attempts.recordSuccess(badgeId);
			return employee.ref();
		}
		int attemptsLeft = this.attempts.recordFailure(badgeId);
		throw new WrongPinException(badgeId, attemptsLeft);
	}

}
