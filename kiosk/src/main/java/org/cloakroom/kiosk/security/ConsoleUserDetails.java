package org.cloakroom.kiosk.security;

import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A console user as Spring Security signs them in. One who must change the password holds
 * only {@link #PASSWORD_CHANGE_REQUIRED}, no role, so every page and operation but the
 * password change refuses them until they do.
 */
public final class ConsoleUserDetails extends User {

	/** The only authority of a console user who must change the password first. */
	public static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

	private final int failedAttempts;

	ConsoleUserDetails(ConsoleUserTable.Row row, boolean locked) {
		super(row.username(), row.passwordHash(), row.enabled(), true, true, !locked, authorities(row));
		this.failedAttempts = row.failedAttempts();
	}

	/** The authorities of a console user who has just chosen their own password. */
	public static List<GrantedAuthority> authorities(ConsoleRole role) {
		return List.of(new SimpleGrantedAuthority(role.authority()));
	}

	private static List<GrantedAuthority> authorities(ConsoleUserTable.Row row) {
		return row.mustChangePassword() ? List.of(new SimpleGrantedAuthority(PASSWORD_CHANGE_REQUIRED))
				: authorities(row.role());
	}

	/** Failed sign-ins counted before this one; a success forgets them. */
	int failedAttempts() {
		return this.failedAttempts;
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
