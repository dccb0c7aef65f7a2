package org.cloakroom.kiosk.violation;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LeftInLockerTest {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final LocalTime EIGHT_PM = LocalTime.of(20, 0);

	@Test
	void theEndOfTheDayIsTodaysOnceItHasPassedInTheKiosksZone() {
		assertThat(LeftInLocker.lastEndOfDay(Instant.parse("2026-11-23T19:30:00Z"), EIGHT_PM, BERLIN))
			.isEqualTo(Instant.parse("2026-11-23T19:00:00Z"));
	}

	@Test
	void beforeItTheEndOfTheDayIsYesterdays() {
		assertThat(LeftInLocker.lastEndOfDay(Instant.parse("2026-11-23T18:59:00Z"), EIGHT_PM, BERLIN))
			.isEqualTo(Instant.parse("2026-11-22T19:00:00Z"));
		assertThat(LeftInLocker.lastEndOfDay(Instant.parse("2026-11-24T06:00:00Z"), EIGHT_PM, BERLIN))
			.isEqualTo(Instant.parse("2026-11-23T19:00:00Z"));
	}

	@Test
	void summerTimeMovesItInUtc() {
		assertThat(LeftInLocker.lastEndOfDay(Instant.parse("2026-07-01T18:30:00Z"), EIGHT_PM, BERLIN))
			.isEqualTo(Instant.parse("2026-07-01T18:00:00Z"));
	}

}
