package org.cloakroom.kiosk.web;

import org.cloakroom.kiosk.audit.AuditLog;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The security officer's console: the live event log and the chain check. */
@Controller
@RequestMapping("/officer")
class OfficerPage {

	private static final int SHOWN = 200;

	private final AuditLog log;

	private final LiveUpdates live;

	OfficerPage(AuditLog log, LiveUpdates live) {
		this.log = log;
		this.live = live;
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("entries", this.log.latest(SHOWN));
		return "officer";
	}

	@GetMapping(path = "/stream", produces = "text/event-stream")
	SseEmitter stream() {
		return this.live.officer();
	}

	@PostMapping("/verify")
	String verify(Model model) {
		model.addAttribute("verification", this.log.verify());
		return "officer :: verification";
	}

}
