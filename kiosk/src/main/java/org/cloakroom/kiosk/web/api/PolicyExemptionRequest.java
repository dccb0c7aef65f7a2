package org.cloakroom.kiosk.web.api;

import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.enrolment.PhoneId;

/**
 * An exemption to grant: exactly one of {@code phoneId} and {@code employeeId}, an expiry
 * as an ISO instant ({@code 2026-12-31T18:00:00Z}), the granting admin's name and a
 * reason.
 */
record PolicyExemptionRequest(Long phoneId, Long employeeId, String expiresAt, String grantedBy, String reason) {

	PhoneId phone() {
		return (this.phoneId != null) ? PhoneId.of(this.phoneId) : null;
	}

	EmployeeId employee() {
		return (this.employeeId != null) ? EmployeeId.of(this.employeeId) : null;
	}

}
