package org.cloakroom.kiosk.checkin;

import java.time.Duration;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Check-in settings.
 *
 * @param seenWithin how far before the badge presence at badge looks: what the door-side
 * adapters heard of a phone in it says whether the phone is with the employee; a locked
 * iPhone can be silent for tens of seconds, so this is generous
 * @param timeout how long an unfinished check-in is kept
 * @param screenHold how long the kiosk shows a finished step before returning to idle
 * @param presenceAfter how long after the badge a phone first heard then still counts:
 * while the kiosk is asking about it and the employee has not answered, hearing it at the
 * spot answers for them
 * @param presenceMinConfidence the confidence (0 to 1) presence at badge needs to place a
 * phone with the employee; below it, or when BLE cannot tell at all (an uncalibrated
 * phone), the kiosk asks
 */
@ConfigurationProperties("cloakroom.checkin")
@Validated
public record CheckInProperties(@NotNull @DefaultValue("30s") Duration seenWithin,
		@NotNull @DefaultValue("3m") Duration timeout, @NotNull @DefaultValue("8s") Duration screenHold,
		@NotNull @DefaultValue("5s") Duration presenceAfter,
		@DefaultValue("0.5") @DecimalMin("0") @DecimalMax("1") double presenceMinConfidence) {

	public CheckInProperties {
		if (presenceAfter != null && presenceAfter.isNegative()) {
			throw new IllegalArgumentException(
					"cloakroom.checkin.presence-after must not be negative, got " + presenceAfter);
		}
		if (!(presenceMinConfidence >= 0 && presenceMinConfidence <= 1)) {
			throw new IllegalArgumentException(
					"cloakroom.checkin.presence-min-confidence must be from 0 to 1, got " + presenceMinConfidence);
		}
	}

}
