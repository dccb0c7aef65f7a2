package org.cloakroom.kiosk.security;

import java.time.Duration;
import java.time.Instant;

import org.cloakroom.kiosk.MutableClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@ApplicationModuleTest
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:security-${random.uuid};DB_CLOSE_DELAY=-1",
		"cloakroom.scheduling.enabled=false", "cloakroom.security.pin.hash-strength=4",
		"cloakroom.security.pin.max-failures=2", "cloakroom.security.pin.lockout=2m" })
class SecurityModuleIT {

	@Autowired
	SecurityProperties properties;

	@Autowired
	PinAttempts attempts;

	@Autowired
	SignInProperties signIn;

	@Autowired
	PinHasher hasher;

	@Test
	void bindsPropertiesWithDefaultsForWhatIsNotSet() {
		assertThat(this.properties.pin())
			.isEqualTo(new SecurityProperties.Pin(4, 2, Duration.ofMinutes(15), Duration.ofMinutes(2)));
	}

	@Test
	void bindsTheSignInDefaults() {
		assertThat(this.signIn).isEqualTo(new SignInProperties(10, 12, 5, Duration.ofMinutes(15),
				Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofMinutes(5)));
	}

	@Test
	void aUsernameTriedIsRecordedOnOneShortLine() {
		assertThat(SignInAttempts.shown("ad\nmin")).isEqualTo("ad?min");
		assertThat(SignInAttempts.shown(" ")).isEqualTo("-");
		assertThat(SignInAttempts.shown("x".repeat(300))).hasSize(65).endsWith("…");
	}

	@Test
	void locksAfterTheConfiguredFailuresAndPublishesTheRejection(AssertablePublishedEvents events) {
		this.attempts.recordFailure("it-1");
		this.attempts.recordFailure("it-1");
		this.attempts.recordFailure("it-1");

		assertThatExceptionOfType(PinEntryLockedException.class).isThrownBy(() -> this.attempts.checkAllowed("it-1"))
			.satisfies((ex) -> assertThat(ex.lockedUntil()).isEqualTo(Instant.parse("2026-11-22T08:02:00Z")));
		assertThat(events).contains(PinRejected.class)
			.matching((rejected) -> rejected.lockedUntil() != null && rejected.failuresInWindow() == 3);
	}

	@Test
	void hashesWithTheConfiguredStrength() {
		assertThat(this.hasher.hash("2468")).startsWith("$2a$04$");
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Time {

		@Bean
		@Primary
		MutableClock testClock() {
			return MutableClock.startingAt("2026-11-22T08:00:00Z");
		}

	}

}
