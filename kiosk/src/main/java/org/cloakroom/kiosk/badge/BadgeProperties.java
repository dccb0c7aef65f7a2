package org.cloakroom.kiosk.badge;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The badge readers, under {@code cloakroom.badge} (which readers there are is the wiring
 * file's {@code readers:}).
 *
 * @param typingGap how long a keyboard wedge may pause within one number: a wedge types a
 * whole number in tens of milliseconds, so a longer pause means a read cut off, and what
 * was typed before it is dropped (a rejected read) rather than joined to the next card's
 * number; from 50 ms to 10 s
 */
@ConfigurationProperties("cloakroom.badge")
@Validated
record BadgeProperties(@DefaultValue("500ms") Duration typingGap) {

	static final Duration DEFAULT_TYPING_GAP = Duration.ofMillis(500);

	BadgeProperties {
		if (typingGap.compareTo(Duration.ofMillis(50)) < 0 || typingGap.compareTo(Duration.ofSeconds(10)) > 0) {
			throw new IllegalArgumentException(
					"cloakroom.badge.typing-gap must be from 50ms to 10s, was " + typingGap.toMillis() + "ms");
		}
	}

}
