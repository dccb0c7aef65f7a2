package org.cloakroom.kiosk.web.officer;

import org.cloakroom.kiosk.web.live.LiveStreams;
import org.cloakroom.kiosk.web.live.Audience;
import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cloakroom.kiosk.audit.AuditEntry;
import org.cloakroom.kiosk.audit.AuditLog;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The officer console's log section ({@code /officer/log}): the newest entries, live, and
 * the chain check, for a signed-in console user (any role).
 */
@Controller
@RequestMapping("/officer")
class OfficerPage {

	private static final int SHOWN = 200;

	private final AuditLog log;

	private final LiveStreams streams;

	OfficerPage(AuditLog log, LiveStreams streams) {
		this.log = log;
		this.streams = streams;
	}

	@GetMapping("/log")
	String page(Model model) {
		List<AuditEntry> entries = this.log.latest(SHOWN);
		model.addAttribute("entries", entries);
		model.addAttribute("newest", entries.isEmpty() ? 0 : entries.get(0).sequence());
		return "officer-log";
	}

	/**
	 * The new entries as table rows, after {@code Last-Event-ID} or the page's newest.
	 */
	@GetMapping(path = "/stream",
			produces = { MediaType.TEXT_EVENT_STREAM_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	ResponseEntity<ProblemDetail> stream(HttpServletRequest request, HttpServletResponse response,
			@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
			@RequestParam(required = false) String after) throws IOException {
		return this.streams.open(Audience.OFFICER, request, response, lastEventId, after);
	}

	@PostMapping("/verify")
	String verify(Model model) {
		model.addAttribute("verification", this.log.verify());
		return "officer-log :: verification";
	}

}
