package org.cloakroom.kiosk.web.api;

import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.enrolment.PhoneId;

/**
 * An exemption to grant: exactly one of {@code phoneId} and {@code employeeId}, an expiry
 * as an ISO instant ({@code 2026-12-31T18:00:00Z}) and a reason. Who grants it is the
 * signed-in console user.
 */
record PolicyExemptionRequest(Long phoneId, Long employeeId, String expiresAt,
		String reason) implements ActedBySignedInUser {

	PhoneId phone() {
		return (this.phoneId != null) ? PhoneId.of(this.phoneId) : null;
	}

	EmployeeId employee() {
		return (this.employeeId != null) ? EmployeeId.of(this.employeeId) : null;
	}

}
