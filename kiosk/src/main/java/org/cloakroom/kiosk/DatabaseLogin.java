package org.cloakroom.kiosk;

/**
 * A user name and password for the database at {@code url}, and where the password came
 * from (a property or a secret file), so that a refusal can say what to check.
 *
 * @param url the JDBC URL this login connects with
 * @param user the H2 user name (a simple identifier: H2 keeps it in upper case)
 * @param password the password; never printed ({@link #toString()} leaves it out)
 * @param source the property or the secret file the password came from
 */
record DatabaseLogin(String url, String user, String password, String source) {

	DatabaseLogin {
		if (user == null || !user.matches("[A-Za-z][A-Za-z0-9_]*")) {
			throw new IllegalArgumentException(
					"A database user name is a letter then letters, digits or '_', was '" + user + "'");
		}
		if (password == null || password.isEmpty()) {
			throw new IllegalArgumentException("The database user " + user + " has no password (" + source + ")");
		}
	}

	@Override
	public String toString() {
		return "DatabaseLogin[url=" + this.url + ", user=" + this.user + ", password from " + this.source + "]";
	}

}
