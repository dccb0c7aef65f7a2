package org.cloakroom.kiosk.security;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Console users for Spring Security's sign-in (the page and HTTP Basic): locked while
 * {@code locked_until} is ahead of the injected Clock. A hash of a weaker setting than
 * {@code cloakroom.security.signin.hash-strength} is replaced at the next sign-in.
 */
@Component
class ConsoleUserDirectory implements UserDetailsService, UserDetailsPasswordService {

	private final ConsoleUserTable table;

	private final Clock clock;

	ConsoleUserDirectory(ConsoleUserTable table, Clock clock) {
		this.table = table;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return this.table.find(username)
			.map((row) -> new ConsoleUserDetails(row, row.lockedAt(this.clock.instant())))
			.orElseThrow(() -> new UsernameNotFoundException("No console user by that name"));
	}

	@Override
	public UserDetails updatePassword(UserDetails user, String newPassword) {
		this.table.rehash(user.getUsername(), newPassword);
		return loadUserByUsername(user.getUsername());
	}

}
