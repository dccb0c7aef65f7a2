package org.cloakroom.kiosk.web.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cloakroom.kiosk.story.StoryLine;
import org.cloakroom.kiosk.story.Timeline;
import org.cloakroom.kiosk.story.TimelineKind;
import org.cloakroom.kiosk.story.Timelines;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The timelines of an employee, a phone and a locker: the log about it in words, newest
 * first, a page at a time ({@code before} = the previous page's {@code next}).
 */
@RestController
@RequestMapping("/api/v1/timelines")
@Tag(name = "timelines", description = "The log about one employee, phone or locker, told in words")
class TimelineApi {

	private final Timelines timelines;

	TimelineApi(Timelines timelines) {
		this.timelines = timelines;
	}

	@GetMapping("/employees/{id}")
	@Operation(summary = "An employee's timeline, newest first; page on with before=next")
	TimelinePage employee(@PathVariable long id, @RequestParam(required = false) Long before,
			@RequestParam(defaultValue = "100") int limit) {
		return TimelinePage.of(this.timelines.of(TimelineKind.EMPLOYEES, id, before, limit));
	}

	@GetMapping("/phones/{id}")
	@Operation(summary = "A phone's timeline, newest first; page on with before=next")
	TimelinePage phone(@PathVariable long id, @RequestParam(required = false) Long before,
			@RequestParam(defaultValue = "100") int limit) {
		return TimelinePage.of(this.timelines.of(TimelineKind.PHONES, id, before, limit));
	}

	@GetMapping("/lockers/{id}")
	@Operation(summary = "A locker's timeline, newest first; page on with before=next")
	TimelinePage locker(@PathVariable long id, @RequestParam(required = false) Long before,
			@RequestParam(defaultValue = "100") int limit) {
		return TimelinePage.of(this.timelines.of(TimelineKind.LOCKERS, id, before, limit));
	}

	/**
	 * A page on the wire: what it is about ({@code employee:1}) and its name, each line's
	 * time, sentence, type, sequence and severity, and the cursor of the next page (null
	 * on the last).
	 */
	record TimelinePage(String subject, String name, List<StoryLine> lines, Long next) {

		static TimelinePage of(Timeline timeline) {
			return new TimelinePage(timeline.kind().subject(timeline.id()).text(), timeline.name(), timeline.lines(),
					timeline.next());
		}

	}

}
