package org.cloakroom.kiosk.policy;

import org.springframework.stereotype.Service;

/**
 * Decides whether a phone must be stored: its inventory against the catalogue and the
 * area policy.
 */
@Service
public class ComplianceCheck {

	public Decision decide(PhoneFacts phone) {
		throw new UnsupportedOperationException("TODO policy helper");
	}

	public UnenrolledPhoneAction unenrolledPhoneAction() {
		throw new UnsupportedOperationException("TODO policy helper");
	}

}
