package org.cloakroom.kiosk.web.officer;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.cloakroom.kiosk.story.StoryLine;
import org.cloakroom.kiosk.story.Timeline;
import org.cloakroom.kiosk.story.TimelineDay;
import org.cloakroom.kiosk.story.TimelineKind;

/**
 * A timeline as its page shows it: days, each day's visits, each line's time of day (UTC,
 * as the console's other times) beside its sentence; the link to the older page.
 */
record TimelineView(String name, TimelineKind kind, long id, List<Day> days, Long next) {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

	record Day(String day, List<Visit> visits) {
	}

	record Visit(boolean checkIn, List<Line> lines) {
	}

	record Line(long sequence, String time, String sentence, String type, boolean alert) {
	}

	static TimelineView of(Timeline timeline) {
		List<Day> days = timeline.days()
			.stream()
			.map((day) -> new Day(day.day().toString(), day.visits().stream().map(TimelineView::visit).toList()))
			.toList();
		return new TimelineView(timeline.name(), timeline.kind(), timeline.id(), days, timeline.next());
	}

	private static Visit visit(TimelineDay.Visit visit) {
		return new Visit(visit.checkIn(), visit.lines().stream().map(TimelineView::line).toList());
	}

	private static Line line(StoryLine line) {
		return new Line(line.sequence(), TIME.format(line.at()), line.sentence(), line.type(),
				StoryLine.ALERT.equals(line.severity()));
	}

}
