package org.cloakroom.kiosk.violation;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.cloakroom.kiosk.alert.AlertSeverity;
import org.cloakroom.kiosk.ble.Zone;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The violation rules ({@code cloakroom.violation.*}).
 *
 * @param quietPeriod how long a rule's condition must stay false before its episode ends
 * (walking in and out within it is one episode, one alert)
 * @param mustStoreInside a phone that must be stored heard INSIDE while not in a locker
 * @param decoy a phone recorded as stored heard in one of {@code zones}
 * @param unenrolledInside an unenrolled phone INSIDE (whether it alerts or is counted is
 * the area policy's {@code cloakroom.policy.unenrolled-inside})
 * @param leftInLocker a phone still in a locker past the end of the day
 * @param minConfidence the confidence (0 to 1) a zone change needs for the phone rules
 * (must-store-inside, decoy) to raise on it: below it they do not raise, and a move below
 * it may quiet an open episode but never continues one (README, "Violations")
 */
@ConfigurationProperties("cloakroom.violation")
@Validated
record ViolationProperties(@DefaultValue("2m") @NotNull Duration quietPeriod,
		@DefaultValue @NotNull @Valid Rule mustStoreInside, @DefaultValue @NotNull @Valid Decoy decoy,
		@DefaultValue @NotNull @Valid UnenrolledInside unenrolledInside,
		@DefaultValue @NotNull @Valid LeftInLocker leftInLocker,
		@DefaultValue("0.5") @DecimalMin("0") @DecimalMax("1") double minConfidence) {

	ViolationProperties {
		if (!(minConfidence >= 0 && minConfidence <= 1)) {
			throw new IllegalArgumentException(
					"cloakroom.violation.min-confidence must be from 0 to 1, got " + minConfidence);
		}
		if (quietPeriod != null && (quietPeriod.isNegative() || quietPeriod.isZero())) {
			throw new IllegalArgumentException("cloakroom.violation.quiet-period must be positive, got " + quietPeriod);
		}
	}

	/** The defaults, for tests and benchmarks. */
	static ViolationProperties defaults() {
		return new ViolationProperties(Duration.ofMinutes(2), new Rule(true, AlertSeverity.CRITICAL),
				new Decoy(true, AlertSeverity.HIGH, Set.of(Zone.INSIDE)), new UnenrolledInside(AlertSeverity.HIGH),
				new LeftInLocker(true, LocalTime.of(20, 0), null), 0.5);
	}

	/** A rule that can be switched off, and the severity of what it raises. */
	record Rule(@DefaultValue("true") boolean enabled, @DefaultValue("CRITICAL") @NotNull AlertSeverity severity) {
	}

	/**
	 * @param zones where a stored phone must not be heard: INSIDE is inside the area,
	 * NEAR away from the locker bank (which the door side hears as AT_DOOR). Only INSIDE
	 * by default: it is found by comparing the inside with the door side, which a
	 * locker's metal weakens alike, whereas NEAR is a level below the phone's spot level,
	 * which a phone in a closed locker reads whether or not it is there (a locker, like a
	 * pocket, costs 10–30 dB)
	 */
	record Decoy(@DefaultValue("true") boolean enabled, @DefaultValue("HIGH") @NotNull AlertSeverity severity,
			@DefaultValue("INSIDE") @NotEmpty Set<Zone> zones) {

		Decoy {
			if (zones != null && (zones.contains(Zone.AT_DOOR) || zones.contains(Zone.AWAY))) {
				throw new IllegalArgumentException("cloakroom.violation.decoy.zones may hold NEAR and INSIDE only "
						+ "(AT_DOOR is the locker bank, AWAY is not heard), got " + zones);
			}
		}

	}

	record UnenrolledInside(@DefaultValue("HIGH") @NotNull AlertSeverity severity) {
	}

	/**
	 * @param endOfDay the time of day, in {@code zone}, after which a phone still in a
	 * locker gets a NOTICE on the queue for the next morning
	 * @param zone the kiosk's time zone; unset, the system's
	 */
	record LeftInLocker(@DefaultValue("true") boolean enabled, @DefaultValue("20:00") @NotNull LocalTime endOfDay,
			ZoneId zone) {

		ZoneId zoneOrSystem() {
			return (this.zone != null) ? this.zone : ZoneId.systemDefault();
		}

	}

}
