package org.cloakroom.kiosk.story;

import org.cloakroom.kiosk.Refusal;

/**
 * A timeline asked for as it cannot be given; words in {@code messages/story.properties}.
 */
public final class TimelineRefusal extends Refusal {

	private TimelineRefusal(Kind kind, String code, Object... arguments) {
		super(kind, code, arguments);
	}

	static TimelineRefusal limitOutOfRange(int limit, int most) {
		return new TimelineRefusal(Kind.INVALID, "timeline-limit-out-of-range", Integer.toString(limit),
				Integer.toString(most));
	}

}
