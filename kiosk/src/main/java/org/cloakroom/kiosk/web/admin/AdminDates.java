package org.cloakroom.kiosk.web.admin;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;

import org.springframework.stereotype.Component;

/**
 * Times on admin pages ({@code ${@adminDates.of(at)}}): date and minute in the kiosk's
 * zone, the one its clock keeps; empty for none.
 */
@Component("adminDates")
class AdminDates {

	private final DateTimeFormatter format;

	AdminDates(Clock clock) {
		this.format = new DateTimeFormatterBuilder().append(DateTimeFormatter.ISO_LOCAL_DATE)
			.appendLiteral(' ')
			.appendValue(ChronoField.HOUR_OF_DAY, 2)
			.appendLiteral(':')
			.appendValue(ChronoField.MINUTE_OF_HOUR, 2)
			.toFormatter()
			.withZone(clock.getZone());
	}

	public String of(Instant at) {
		return (at != null) ? this.format.format(at) : "";
	}

}
