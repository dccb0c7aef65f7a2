package org.cloakroom.kiosk.web.api;

import java.time.Instant;

import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.enrolment.PhoneId;
import org.cloakroom.kiosk.policy.Exemption;

/** An exemption as JSON, with where it stands now: ACTIVE, EXPIRED or REVOKED. */
record PolicyExemptionView(long id, PhoneId phoneId, EmployeeId employeeId, Instant expiresAt, String grantedBy,
		String reason, Instant grantedAt, Instant revokedAt, String revokedBy, Exemption.State state) {

	static PolicyExemptionView of(Exemption exemption, Instant now) {
		return new PolicyExemptionView(exemption.id(), exemption.phoneId(), exemption.employeeId(),
				exemption.expiresAt(), exemption.grantedBy(), exemption.reason(), exemption.grantedAt(),
				exemption.revokedAt(), exemption.revokedBy(), exemption.stateAt(now));
	}

}
