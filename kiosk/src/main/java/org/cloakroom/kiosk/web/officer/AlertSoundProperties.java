package org.cloakroom.kiosk.web.officer;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The audible cue an officer's console plays when an alert arrives (a tone made by the
 * browser's Web Audio API, no sound file).
 *
 * @param enabled whether the console plays it
 * @param frequency the tone's pitch in hertz
 * @param duration how long the tone lasts
 */
@ConfigurationProperties("cloakroom.alerts.sound")
@Validated
record AlertSoundProperties(@DefaultValue("true") boolean enabled,
		@Min(100) @Max(4000) @DefaultValue("880") int frequency, @NotNull @DefaultValue("400ms") Duration duration) {

	AlertSoundProperties {
		if (duration != null
				&& (duration.compareTo(Duration.ofMillis(50)) < 0 || duration.compareTo(Duration.ofSeconds(5)) > 0)) {
			throw new IllegalArgumentException(
					"cloakroom.alerts.sound.duration must be from 50ms to 5s, was " + duration);
		}
	}

}
