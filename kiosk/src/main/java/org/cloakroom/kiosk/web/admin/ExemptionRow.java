package org.cloakroom.kiosk.web.admin;

import java.time.Instant;

import org.cloakroom.kiosk.policy.Exemption;

/**
 * One exemption on the policy page: what it covers by name (a phone and its employee, or
 * every phone of an employee) and where it stands now.
 */
record ExemptionRow(Exemption exemption, String phone, String employee, Exemption.State state) {

	static ExemptionRow of(Exemption exemption, String phone, String employee, Instant now) {
		return new ExemptionRow(exemption, phone, employee, exemption.stateAt(now));
	}

	public boolean active() {
		return this.state == Exemption.State.ACTIVE;
	}

}
