package org.cloakroom.kiosk.checkin;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Check-in settings.
 *
 * @param seenWithin how recent a BLE packet must be for a phone to count as "here" at the
 * door; a locked iPhone can be silent for tens of seconds, so this is generous
 * @param timeout how long an unfinished check-in is kept
 * @param screenHold how long the kiosk shows a finished step before returning to idle
 */
@ConfigurationProperties("cloakroom.checkin")
@Validated
public record CheckInProperties(@NotNull @DefaultValue("30s") Duration seenWithin,
		@NotNull @DefaultValue("3m") Duration timeout, @NotNull @DefaultValue("8s") Duration screenHold) {
}
