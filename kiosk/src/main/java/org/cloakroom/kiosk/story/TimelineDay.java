package org.cloakroom.kiosk.story;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines of one day (UTC) in the order they happened, in visits: a visit starts at a
 * check-in and holds the lines after it until the next; lines before the day's first
 * check-in (or of a phone or a locker, which have none) form a group of their own.
 */
public record TimelineDay(LocalDate day, List<Visit> visits) {

	/** The type a visit starts with. */
	static final String CHECK_IN = "CheckInStarted";

	public TimelineDay {
		visits = List.copyOf(visits);
	}

	/**
	 * Lines in the order they happened; {@code checkIn} whether a check-in starts them.
	 */
	public record Visit(boolean checkIn, List<StoryLine> lines) {

		public Visit {
			lines = List.copyOf(lines);
		}

	}

	/** Lines given newest first, as a timeline holds them. */
	static List<TimelineDay> of(List<StoryLine> newestFirst) {
		Map<LocalDate, List<StoryLine>> byDay = new LinkedHashMap<>();
		for (StoryLine line : newestFirst) {
			byDay.computeIfAbsent(line.at().atOffset(ZoneOffset.UTC).toLocalDate(), (day) -> new ArrayList<>())
				.add(0, line);
		}
		List<TimelineDay> days = new ArrayList<>();
		byDay.forEach((day, lines) -> days.add(new TimelineDay(day, visits(lines))));
		return days;
	}

	private static List<Visit> visits(List<StoryLine> inOrder) {
		List<Visit> visits = new ArrayList<>();
		List<StoryLine> current = new ArrayList<>();
		boolean checkIn = false;
		for (StoryLine line : inOrder) {
			if (CHECK_IN.equals(line.type())) {
				if (!current.isEmpty()) {
					visits.add(new Visit(checkIn, current));
				}
				current = new ArrayList<>();
				checkIn = true;
			}
			current.add(line);
		}
		if (!current.isEmpty()) {
			visits.add(new Visit(checkIn, current));
		}
		return visits;
	}

}
