package org.cloakroom.kiosk.security;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Console sign-in settings, under {@code cloakroom.security.signin}.
 *
 * @param hashStrength BCrypt's log2 of rounds for console passwords (4 to 31); hashes of
 * a lower strength are upgraded at the next sign-in
 * @param minPasswordLength the shortest password a console user may choose
 * @param maxFailures failed sign-ins within {@code window} that lock the console user
 * @param window how far back failed sign-ins count
 * @param lockout how long a locked console user stays locked
 * @param idleTimeout a signed-in session unused this long is signed out
 * @param rememberVerifiedFor how long a password that matched is remembered (as an HMAC),
 * so that HTTP Basic does not pay BCrypt on every request; zero turns it off
 */
@ConfigurationProperties("cloakroom.security.signin")
@Validated
public record SignInProperties(@DefaultValue("10") @Min(4) @Max(31) int hashStrength,
		@DefaultValue("12") @Min(8) @Max(128) int minPasswordLength, @DefaultValue("5") @Min(1) int maxFailures,
		@DefaultValue("15m") @NotNull Duration window, @DefaultValue("15m") @NotNull Duration lockout,
		@DefaultValue("15m") @NotNull Duration idleTimeout, @DefaultValue("5m") @NotNull Duration rememberVerifiedFor) {

	public SignInProperties {
		requirePositive("cloakroom.security.signin.window", window);
		requirePositive("cloakroom.security.signin.lockout", lockout);
		requirePositive("cloakroom.security.signin.idle-timeout", idleTimeout);
		if (rememberVerifiedFor == null || rememberVerifiedFor.isNegative()) {
			throw new IllegalArgumentException(
					"cloakroom.security.signin.remember-verified-for must be zero or positive, was "
							+ rememberVerifiedFor);
		}
	}

	private static void requirePositive(String name, Duration value) {
		if (value == null || value.isZero() || value.isNegative()) {
			throw new IllegalArgumentException(name + " must be a positive duration, was " + value);
		}
	}

}
