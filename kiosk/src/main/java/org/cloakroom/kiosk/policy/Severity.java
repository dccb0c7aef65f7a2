package org.cloakroom.kiosk.policy;

/** How strongly a flagged app counts against a phone. */
public enum Severity {

	/** A phone carrying the app must be stored. */
	STORE_REQUIRED,
	/** The phone may enter; the employee is told and the reason is logged. */
	WARN

}
