package org.cloakroom.kiosk.security;

/**
 * What a console user may do, each role everything the one before may and more: an
 * {@link #AUDITOR} reads the log, searches, exports and verifies; an {@link #OFFICER}
 * also reads lockers, storages, employees, phones, the catalogue and the policy; an
 * {@link #ADMIN} also changes them and administers console users.
 */
public enum ConsoleRole {

	AUDITOR, OFFICER, ADMIN;

	/** The granted authority Spring Security checks, {@code ROLE_<name>}. */
	public String authority() {
		return "ROLE_" + name();
	}

}
