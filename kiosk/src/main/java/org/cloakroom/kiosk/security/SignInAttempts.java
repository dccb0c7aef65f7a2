package org.cloakroom.kiosk.security;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-ins, failures and lock-outs (NIST SP 800-53 AC-7), from Spring Security's own
 * events, for the page and HTTP Basic alike. {@code max-failures} failed sign-ins within
 * {@code window} (from the injected Clock) lock the console user for {@code lockout}; a
 * sign-in that succeeds forgets the failures. The counts live in the database, so a
 * restart forgives nothing. Every failure is audited with the username tried; a
 * successful sign-in on the page is audited too (HTTP Basic signs in on every request, so
 * only its failures are).
 */
@Component
class SignInAttempts {

	private static final int SHOWN_NAME = 64;

	private final ConsoleUserTable table;

	private final SignInProperties settings;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	SignInAttempts(ConsoleUserTable table, SignInProperties settings, Clock clock, ApplicationEventPublisher events) {
		this.table = table;
		this.settings = settings;
		this.clock = clock;
		this.events = events;
	}

	@EventListener
	@Transactional
	public void failed(AbstractAuthenticationFailureEvent failure) {
		String tried = shown(failure.getAuthentication().getName());
		this.events.publishEvent(new ConsoleUserSignInFailed(tried, reason(failure)));
		if (failure instanceof AuthenticationFailureBadCredentialsEvent) {
			this.table.lock(failure.getAuthentication().getName()).ifPresent(this::count);
		}
	}

	/**
	 * Not transactional: HTTP Basic succeeds on every request, and only the rare success
	 * after failures writes (one statement).
	 */
	@EventListener
	public void succeeded(AuthenticationSuccessEvent success) {
		if (success.getAuthentication().getPrincipal() instanceof ConsoleUserDetails user
				&& user.failedAttempts() > 0) {
			this.table.failures(user.getUsername(), 0, null, null);
		}
	}

	@EventListener
	public void signedIn(InteractiveAuthenticationSuccessEvent success) {
		this.events.publishEvent(new ConsoleUserSignedIn(success.getAuthentication().getName()));
	}

	@EventListener
	public void signedOut(LogoutSuccessEvent signedOut) {
		this.events.publishEvent(new ConsoleUserSignedOut(signedOut.getAuthentication().getName()));
	}

	private void count(ConsoleUserTable.Row row) {
		Instant now = this.clock.instant();
		boolean inWindow = row.firstFailureAt() != null
				&& now.isBefore(row.firstFailureAt().plus(this.settings.window()));
		int failures = inWindow ? row.failedAttempts() + 1 : 1;
		Instant first = inWindow ? row.firstFailureAt() : now;
		if (failures >= this.settings.maxFailures()) {
			Instant until = now.plus(this.settings.lockout());
			this.table.failures(row.username(), 0, null, until);
			this.events.publishEvent(new ConsoleUserLockedOut(row.username(), failures, until));
		}
		else {
			this.table.failures(row.username(), failures, first, row.lockedUntil());
		}
	}

	private static SignInFailure reason(AbstractAuthenticationFailureEvent failure) {
		if (failure instanceof AuthenticationFailureBadCredentialsEvent) {
			return SignInFailure.BAD_CREDENTIALS;
		}
		if (failure instanceof AuthenticationFailureLockedEvent) {
			return SignInFailure.LOCKED;
		}
		if (failure instanceof AuthenticationFailureDisabledEvent) {
			return SignInFailure.DISABLED;
		}
		return SignInFailure.OTHER;
	}

	/**
	 * A username as typed, made fit for the log's subject: one line, at most
	 * {@value #SHOWN_NAME} characters.
	 */
	static String shown(String tried) {
		if (tried == null || tried.isBlank()) {
			return "-";
		}
		String line = tried.codePoints()
			.map((c) -> Character.isISOControl(c) ? '?' : c)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		return (line.length() > SHOWN_NAME) ? line.substring(0, SHOWN_NAME) + "…" : line;
	}

}
