package org.cloakroom.kiosk.story;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A timeline reads by day, newest day first, and within a day in the order things
 * happened, a visit starting at each check-in.
 */
class TimelineDayTest {

	@Test
	void linesGroupByDayNewestFirstAndByVisitInTheOrderTheyHappened() {
		List<StoryLine> newestFirst = List.of(line(7, "2026-11-24T17:02:00Z", "PhonesCollected"),
				line(6, "2026-11-24T08:13:00Z", "PhonesStored"), line(5, "2026-11-24T08:12:00Z", "CheckInStarted"),
				line(4, "2026-11-23T16:00:00Z", "EntryGranted"), line(3, "2026-11-23T15:59:00Z", "CheckInStarted"),
				line(2, "2026-11-23T09:00:00Z", "EntryGranted"), line(1, "2026-11-23T08:00:00Z", "PhoneDeclared"));

		List<TimelineDay> days = TimelineDay.of(newestFirst);

		assertThat(days).extracting((day) -> day.day().toString()).containsExactly("2026-11-24", "2026-11-23");
		assertThat(days.get(0).visits()).singleElement().satisfies((visit) -> {
			assertThat(visit.checkIn()).isTrue();
			assertThat(visit.lines()).extracting(StoryLine::sequence).containsExactly(5L, 6L, 7L);
		});
		assertThat(days.get(1).visits()).extracting(TimelineDay.Visit::checkIn).containsExactly(false, true);
		assertThat(days.get(1).visits().get(0).lines()).extracting(StoryLine::sequence).containsExactly(1L, 2L);
		assertThat(days.get(1).visits().get(1).lines()).extracting(StoryLine::sequence).containsExactly(3L, 4L);
	}

	@Test
	void noLinesNoDays() {
		assertThat(TimelineDay.of(List.of())).isEmpty();
	}

	private static StoryLine line(long sequence, String at, String type) {
		return new StoryLine(sequence, Instant.parse(at), type, "employee:1", StoryLine.INFO, type);
	}

}
