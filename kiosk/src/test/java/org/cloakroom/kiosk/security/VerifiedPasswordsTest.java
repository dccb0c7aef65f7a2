package org.cloakroom.kiosk.security;

import java.time.Duration;

import org.cloakroom.kiosk.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VerifiedPasswordsTest {

	private final MutableClock clock = MutableClock.startingAt("2026-12-06T09:00:00Z");

	private final VerifiedPasswords verified = new VerifiedPasswords(Duration.ofMinutes(5), this.clock);

	@Test
	void remembersAMatchedPasswordForItsLifetimeOnly() {
		this.verified.remember("ada", "right-password", "{bcrypt}hash-1");
		assertThat(this.verified.remembers("ada", "right-password", "{bcrypt}hash-1")).isTrue();
		this.clock.advance(Duration.ofMinutes(5));
		assertThat(this.verified.remembers("ada", "right-password", "{bcrypt}hash-1")).isFalse();
	}

	@Test
	void anotherPasswordUserOrStoredHashIsNotRemembered() {
		this.verified.remember("ada", "right-password", "{bcrypt}hash-1");
		assertThat(this.verified.remembers("ada", "wrong-password", "{bcrypt}hash-1")).isFalse();
		assertThat(this.verified.remembers("bob", "right-password", "{bcrypt}hash-1")).isFalse();
		assertThat(this.verified.remembers("ada", "right-password", "{bcrypt}hash-2"))
			.as("after a password change or reset")
			.isFalse();
		assertThat(this.verified.remembers("ad", "aright-password", "{bcrypt}hash-1")).as("parts are separated")
			.isFalse();
	}

	@Test
	void aLifetimeOfZeroRemembersNothing() {
		VerifiedPasswords off = new VerifiedPasswords(Duration.ZERO, this.clock);
		off.remember("ada", "right-password", "{bcrypt}hash-1");
		assertThat(off.remembers("ada", "right-password", "{bcrypt}hash-1")).isFalse();
	}

}
