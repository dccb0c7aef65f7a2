package org.cloakroom.kiosk.policy;

import java.time.Instant;
import java.util.Set;

import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.enrolment.PhoneId;
import org.cloakroom.kiosk.enrolment.Platform;

/**
 * What is known about one enrolled phone when its compliance is decided: whose it is (for
 * exemptions), its platform, and of its newest inventory ({@code inventoryAt} null when
 * it has none) the app ids, the display names (weaker evidence, from an MDM report), and
 * whether it proves absence (only a declaration does); and whether the employee's
 * attestation of its apps is overdue.
 */
public record PhoneFacts(PhoneId phoneId, EmployeeId employeeId, String label, Platform platform, Set<String> appIds,
		Set<String> appNames, Instant inventoryAt, boolean provesAbsence, boolean attestationOverdue) {

	/** The employee of a phone whose owner does not matter to the decision. */
	static final EmployeeId NO_EMPLOYEE = EmployeeId.of(0);

	public PhoneFacts {
		if (platform == null) {
			throw new IllegalArgumentException("Phone " + phoneId + " needs a platform");
		}
		appIds = Set.copyOf(appIds);
		appNames = Set.copyOf(appNames);
	}

	/**
	 * A phone of no particular employee with a declared inventory of app ids only (or
	 * none), attested in time.
	 */
	public PhoneFacts(PhoneId phoneId, String label, Platform platform, Set<String> appIds, Instant inventoryAt) {
		this(phoneId, NO_EMPLOYEE, label, platform, appIds, Set.of(), inventoryAt, true, false);
	}

	public boolean hasInventory() {
		return this.inventoryAt != null;
	}

}
