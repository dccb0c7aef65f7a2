package org.cloakroom.kiosk.web.api;

import org.cloakroom.kiosk.security.ConsoleRole;

/**
 * A console user's name, role and temporary password, as far as each operation needs
 * them.
 */
record ConsoleUserRequest(String username, ConsoleRole role, String password) implements ActedBySignedInUser {

	@Override
	public String toString() {
		return "ConsoleUserRequest[username=" + this.username + ", role=" + this.role + "]";
	}

}
