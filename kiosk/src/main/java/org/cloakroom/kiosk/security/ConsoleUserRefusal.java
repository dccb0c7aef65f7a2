package org.cloakroom.kiosk.security;

/**
 * Console user administration or a password change refused: a name or password that
 * breaks a rule, a user that exists already or not at all, a change that would leave no
 * enabled admin, a wrong current password.
 */
public final class ConsoleUserRefusal extends SecurityRefusal {

	ConsoleUserRefusal(Kind kind, String code, Object... arguments) {
		super(kind, code, arguments);
	}

}
