package org.cloakroom.kiosk.security;

/** Why a sign-in failed, as the audit log records it. */
public enum SignInFailure {

	/**
	 * No such console user, or the wrong password: the sign-in page does not say which.
	 */
	BAD_CREDENTIALS,
	/** The console user is locked after too many failures. */
	LOCKED,
	/** The console user is disabled. */
	DISABLED,
	/** Anything else the sign-in refused. */
	OTHER

}
