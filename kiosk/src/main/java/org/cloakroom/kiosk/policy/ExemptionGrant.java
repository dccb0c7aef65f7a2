package org.cloakroom.kiosk.policy;

import java.time.Instant;

import org.cloakroom.kiosk.BidiControls;
import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.enrolment.PhoneId;

/**
 * A request to exempt one phone or every phone of one employee (exactly one of the two)
 * from storage until {@code expiresAt}, by a named admin, for a reason.
 */
public record ExemptionGrant(PhoneId phoneId, EmployeeId employeeId, Instant expiresAt, String grantedBy,
		String reason) {

	public ExemptionGrant {
		if ((phoneId == null) == (employeeId == null)) {
			throw new IllegalArgumentException("An exemption names exactly one of phoneId and employeeId, got phoneId "
					+ phoneId + " and employeeId " + employeeId);
		}
		positive("phoneId", (phoneId != null) ? phoneId.value() : null);
		positive("employeeId", (employeeId != null) ? employeeId.value() : null);
		if (expiresAt == null) {
			throw new IllegalArgumentException("expiresAt is missing: give an instant like 2026-12-31T18:00:00Z");
		}
		grantedBy = text("grantedBy", grantedBy, 200);
		reason = text("reason", reason, 500);
	}

	private static void positive(String field, Long id) {
		if (id != null && id <= 0) {
			throw new IllegalArgumentException(field + " " + id + " is not an id");
		}
	}

	static String text(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(field + " is missing or blank, got '" + value + "'");
		}
		String stripped = value.strip();
		if (stripped.length() > max) {
			throw new IllegalArgumentException(field + " is " + stripped.length() + " characters long, at most " + max);
		}
		BidiControls.refuse(field, value);
		return stripped;
	}

}
