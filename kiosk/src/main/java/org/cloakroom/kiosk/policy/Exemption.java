package org.cloakroom.kiosk.policy;

import java.time.Instant;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.enrolment.PhoneId;

/**
 * An exemption from storage for one phone ({@code phoneId}) or for every phone of one
 * employee ({@code employeeId}), granted by an admin (a name until sign-in exists) with a
 * reason, until {@code expiresAt}; {@code revokedAt} and {@code revokedBy} are set once
 * it is revoked.
 */
public record Exemption(long id, PhoneId phoneId, EmployeeId employeeId, Instant expiresAt, String grantedBy,
		String reason, Instant grantedAt, Instant revokedAt, String revokedBy) {

	/** Where an exemption stands at a given time. */
	public enum State {

		ACTIVE, EXPIRED, REVOKED

	}

	public State stateAt(Instant now) {
		if (this.revokedAt != null) {
			return State.REVOKED;
		}
		return now.isBefore(this.expiresAt) ? State.ACTIVE : State.EXPIRED;
	}

	/** Whether it covers this phone of this employee at that time. */
	public boolean covers(PhoneId phone, EmployeeId employee, Instant now) {
		boolean target = (this.phoneId != null) ? this.phoneId.equals(phone) : this.employeeId.equals(employee);
		return target && stateAt(now) == State.ACTIVE;
	}

	/** {@code phone:3} or {@code employee:2}, as the audit log names subjects. */
	public AuditSubject subject() {
		return (this.phoneId != null) ? AuditSubject.phone(this.phoneId.value())
				: AuditSubject.employee(this.employeeId.value());
	}

}
