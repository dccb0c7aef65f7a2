package org.cloakroom.kiosk.story;

import java.util.List;

/**
 * One page of the log about an employee, a phone or a locker, told in words: the lines
 * newest first, and {@code next}, the cursor of the page after (null on the last), which
 * {@link Timelines#of} takes as {@code before}. {@link #days()} groups the same lines as
 * a reader wants them.
 */
public record Timeline(TimelineKind kind, long id, String name, List<StoryLine> lines, Long next) {

	public Timeline {
		lines = List.copyOf(lines);
	}

	/**
	 * The lines by day, newest day first, each day's visits in the order they happened.
	 */
	public List<TimelineDay> days() {
		return TimelineDay.of(this.lines);
	}

}
