package org.cloakroom.kiosk.enrollment;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * Finds employees, and identifies one at the kiosk by badge, or by badge number and PIN.
 */
@Service
public class EmployeeDirectory {

	public List<EmployeeRef> all() {
		throw new UnsupportedOperationException("TODO enrollment helper");
	}

	public Optional<EmployeeRef> byId(long employeeId) {
		throw new UnsupportedOperationException("TODO enrollment helper");
	}

	/**
	 * @throws org.cloakroom.kiosk.NotFoundException for an unknown badge
	 */
	public EmployeeRef byBadge(String badgeId) {
		throw new UnsupportedOperationException("TODO enrollment helper");
	}

	/**
	 * @throws org.cloakroom.kiosk.NotFoundException for an unknown badge
	 * @throws WrongPinException for a wrong PIN (counted)
	 * @throws org.cloakroom.kiosk.security.PinEntryLockedException while locked out
	 */
	public EmployeeRef byBadgeAndPin(String badgeId, String pin) {
		throw new UnsupportedOperationException("TODO enrollment helper");
	}

}
