package org.cloakroom.kiosk.security;

import java.time.Clock;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a console user's password (the sign-in page and HTTP Basic alike) against the
 * delegating encoder's hash, remembering for a moment a password that matched
 * ({@link VerifiedPasswords}) so that a script's repeated HTTP Basic requests stay fast.
 * Locked and disabled console users are refused before the password is looked at.
 */
@Component
class ConsoleAuthentication extends DaoAuthenticationProvider {

	private final VerifiedPasswords verified;

	ConsoleAuthentication(ConsoleUserDirectory users, PasswordEncoder encoder, SignInProperties settings, Clock clock) {
		super(users);
		setPasswordEncoder(encoder);
		setUserDetailsPasswordService(users);
		this.verified = new VerifiedPasswords(settings.rememberVerifiedFor(), clock);
	}

	@Override
	protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken presented) {
		Object credentials = presented.getCredentials();
		if (credentials instanceof String password
				&& this.verified.remembers(user.getUsername(), password, user.getPassword())) {
			return;
		}
		super.additionalAuthenticationChecks(user, presented);
		if (credentials instanceof String password) {
			this.verified.remember(user.getUsername(), password, user.getPassword());
		}
	}

}
