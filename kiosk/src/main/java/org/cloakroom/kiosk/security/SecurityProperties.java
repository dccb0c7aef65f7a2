package org.cloakroom.kiosk.security;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the security module, under {@code cloakroom.security}.
 *
 * @param pin how PINs are hashed and how wrong ones are limited
 */
@ConfigurationProperties("cloakroom.security")
@Validated
record SecurityProperties(@Valid @DefaultValue Pin pin) {

	/**
	 * PIN settings, under {@code cloakroom.security.pin}.
	 *
	 * @param hashStrength BCrypt's log2 of rounds (4 to 31; each step doubles the work)
	 * @param maxFailures wrong PINs allowed within {@code window}; one more locks PIN
	 * entry
	 * @param window how far back wrong PINs count
	 * @param lockout how long PIN entry stays locked for the badge
	 */
	record Pin(@DefaultValue("10") @Min(4) @Max(31) int hashStrength, @DefaultValue("5") @Min(1) int maxFailures,
			@DefaultValue("15m") @NotNull Duration window, @DefaultValue("15m") @NotNull Duration lockout) {

		Pin {
			requirePositive("cloakroom.security.pin.window", window);
			requirePositive("cloakroom.security.pin.lockout", lockout);
		}

		private static void requirePositive(String name, Duration value) {
			if (value == null || value.isZero() || value.isNegative()) {
				throw new IllegalArgumentException(name + " must be a positive duration, was " + value);
			}
		}

	}

}
