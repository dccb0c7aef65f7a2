package org.cloakroom.kiosk.security;

/**
 * The consoles' filter chain refuses a request before any controller: nobody signed in
 * (401), a role that may not (403), a password to change first (403), or a form or htmx
 * post without its CSRF token (403).
 */
public final class ConsoleAccessRefusal extends SecurityRefusal {

	private ConsoleAccessRefusal(Kind kind, String code, Object... arguments) {
		super(kind, code, arguments);
	}

	public static ConsoleAccessRefusal signInRequired(String method, String path) {
		return new ConsoleAccessRefusal(Kind.UNAUTHENTICATED, "sign-in-required", method, path);
	}

	public static ConsoleAccessRefusal roleRequired(String username, String method, String path) {
		return new ConsoleAccessRefusal(Kind.NOT_ALLOWED, "role-required", username, method, path);
	}

	public static ConsoleAccessRefusal passwordChangeRequired(String username) {
		return new ConsoleAccessRefusal(Kind.NOT_ALLOWED, "password-change-required", username);
	}

	public static ConsoleAccessRefusal csrfTokenMissing(String method, String path) {
		return new ConsoleAccessRefusal(Kind.NOT_ALLOWED, "csrf-token-missing", method, path);
	}

}
