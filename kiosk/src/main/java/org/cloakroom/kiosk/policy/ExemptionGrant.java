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
			throw PolicyRefusal.invalid("exemption-target", phoneId, employeeId);
		}
		positive("phoneId", (phoneId != null) ? phoneId.value() : null);
		positive("employeeId", (employeeId != null) ? employeeId.value() : null);
		if (expiresAt == null) {
			throw PolicyRefusal.invalid("exemption-expiry-missing");
		}
		grantedBy = text("grantedBy", grantedBy, 200);
		reason = text("reason", reason, 500);
	}

	private static void positive(String field, Long id) {
		if (id != null && id <= 0) {
			throw PolicyRefusal.invalid("exemption-not-an-id", field, String.valueOf(id));
		}
	}

	static String text(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			throw PolicyRefusal.invalid("policy-text-blank", field, value);
		}
		String stripped = value.strip();
		if (stripped.length() > max) {
			throw PolicyRefusal.invalid("policy-text-too-long", field, String.valueOf(stripped.length()),
					String.valueOf(max));
		}
		BidiControls.refuse(field, value);
		return stripped;
	}

}
