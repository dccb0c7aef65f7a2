package org.cloakroom.kiosk.web.officer;

import jakarta.servlet.http.HttpServletResponse;

import org.cloakroom.kiosk.NotFoundException;
import org.cloakroom.kiosk.story.TimelineFinder;
import org.cloakroom.kiosk.story.TimelineKind;
import org.cloakroom.kiosk.story.Timelines;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The timelines section: find an employee (by name or badge), a phone or a locker, and
 * read the log about it in words, by day and by visit, a page of {@link #PAGE} lines at a
 * time. Something that does not exist is a 404 page that says so.
 */
@Controller
@RequestMapping("/officer/timelines")
class TimelinesPage {

	static final int PAGE = 200;

	private final Timelines timelines;

	private final TimelineFinder finder;

	TimelinesPage(Timelines timelines, TimelineFinder finder) {
		this.timelines = timelines;
		this.finder = finder;
	}

	@GetMapping
	String find(@RequestParam(required = false) String q, Model model) {
		model.addAttribute("query", (q != null) ? q : "");
		model.addAttribute("found", this.finder.find(q));
		return "officer-timelines";
	}

	@GetMapping("/{kind}/{id}")
	String timeline(@PathVariable String kind, @PathVariable long id, @RequestParam(required = false) Long before,
			Model model, HttpServletResponse response) {
		TimelineKind timelineKind = TimelineKind.ofPath(kind).orElse(null);
		if (timelineKind == null) {
			return missing(model, response);
		}
		try {
			model.addAttribute("timeline", TimelineView.of(this.timelines.of(timelineKind, id, before, PAGE)));
		}
		catch (NotFoundException ex) {
			return missing(model, response);
		}
		return "officer-timelines-subject";
	}

	private static String missing(Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		model.addAttribute("timeline", null);
		return "officer-timelines-subject";
	}

}
