package org.cloakroom.kiosk.web.officer;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.cloakroom.kiosk.alert.Alert;
import org.cloakroom.kiosk.alert.AlertFilter;
import org.cloakroom.kiosk.alert.AlertPage;
import org.cloakroom.kiosk.alert.AlertQueue;
import org.cloakroom.kiosk.alert.AlertRefusal;
import org.cloakroom.kiosk.alert.AlertSeverity;
import org.cloakroom.kiosk.alert.AlertStatus;
import org.cloakroom.kiosk.audit.AuditEntry;
import org.cloakroom.kiosk.audit.AuditLog;
import org.cloakroom.kiosk.security.ConsoleRole;
import org.cloakroom.kiosk.security.ConsoleUsers;
import org.cloakroom.kiosk.story.EventWords;
import org.cloakroom.kiosk.web.RefusalWords;
import org.cloakroom.kiosk.web.SignedInUser;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The officer console's landing page: the alerts queue, filtered, newest first, kept
 * current from the alerts stream; an alert opened beside the list is worked there
 * (acknowledged, assigned, resolved) in the signed-in user's name. A step refused shows
 * its words in place.
 */
@Controller
class AlertsPage {

	/** Alerts a page lists. */
	static final int SHOWN = 50;

	/** The status filter that lists what is still to be worked; the default. */
	static final String UNRESOLVED = "OPEN,ACKNOWLEDGED";

	private final AlertQueue queue;

	private final ConsoleUsers users;

	private final RefusalWords words;

	private final AuditLog log;

	private final EventWords story;

	AlertsPage(AlertQueue queue, ConsoleUsers users, RefusalWords words, AuditLog log, EventWords story) {
		this.log = log;
		this.story = story;
		this.queue = queue;
		this.users = users;
		this.words = words;
	}

	@GetMapping("/officer")
	String page(HttpServletRequest request, Model model, @RequestParam(required = false) Set<AlertStatus> status,
			@RequestParam(required = false) AlertSeverity severity, @RequestParam(required = false) String assignee,
			@RequestParam(required = false) String type,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime to,
			@RequestParam(required = false) String kiosk, @RequestParam(required = false) String site,
			@RequestParam(required = false) Long before) {
		list(request, model, status, severity, assignee, type, from, to, kiosk, site, before);
		model.addAttribute("officers", officers());
		model.addAttribute("alertStatuses", AlertStatus.values());
		model.addAttribute("alertSeverities", AlertSeverity.values());
		model.addAttribute("statusFilter", (status != null) ? request.getParameter("status") : UNRESOLVED);
		return "officer-alerts";
	}

	/** The list alone, as the page fetches it again when an alert arrives or changes. */
	@GetMapping("/officer/alerts/list")
	String list(HttpServletRequest request, Model model, @RequestParam(required = false) Set<AlertStatus> status,
			@RequestParam(required = false) AlertSeverity severity, @RequestParam(required = false) String assignee,
			@RequestParam(required = false) String type,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime to,
			@RequestParam(required = false) String kiosk, @RequestParam(required = false) String site,
			@RequestParam(required = false) Long before) {
		AlertFilter filter = new AlertFilter((status != null) ? status : AlertFilter.unresolved().statuses(), severity,
				blankToNull(assignee), blankToNull(type), utc(from), utc(to), kiosk, site);
		AlertPage page = this.queue.list(filter, before, SHOWN);
		model.addAttribute("page", page);
		// what each alert is about, by name (Pixel 8, locker 7) rather than as the log
		// records it
		Map<String, String> named = new HashMap<>();
		page.alerts().forEach((alert) -> named.computeIfAbsent(alert.subject(), this.story::name));
		model.addAttribute("named", named);
		String query = request.getQueryString();
		model.addAttribute("refreshUrl", (before == null)
				? UriComponentsBuilder.fromPath("/officer/alerts/list").query(query).toUriString() : null);
		model.addAttribute("olderUrl",
				(page.nextBefore() != null) ? UriComponentsBuilder.fromPath("/officer")
					.query(query)
					.replaceQueryParam("before", page.nextBefore())
					.toUriString() : null);
		return "officer-alerts :: list";
	}

	@GetMapping("/officer/alerts/{id}")
	String alert(@PathVariable long id, Model model) {
		return detail(id, model, null);
	}

	@GetMapping("/officer/alert-counts")
	String counts() {
		return "officer-layout :: alert-counts";
	}

	@PostMapping("/officer/alerts/{id}/acknowledgement")
	String acknowledge(@PathVariable long id, @RequestParam(required = false) String note, SignedInUser officer,
			Model model, Locale locale) {
		return step(id, model, locale, () -> this.queue.acknowledge(id, officer.name(), note));
	}

	@PostMapping("/officer/alerts/{id}/resolution")
	String resolve(@PathVariable long id, @RequestParam(required = false) String note, SignedInUser officer,
			Model model, Locale locale) {
		return step(id, model, locale, () -> this.queue.resolve(id, officer.name(), note));
	}

	@PostMapping("/officer/alerts/{id}/assignment")
	String assign(@PathVariable long id, @RequestParam(required = false) String assignee, SignedInUser officer,
			Model model, Locale locale) {
		return step(id, model, locale, () -> this.queue.assign(id, assignee, officer.name()));
	}

	private String step(long id, Model model, Locale locale, Runnable step) {
		String refused = null;
		try {
			step.run();
		}
		catch (AlertRefusal refusal) {
			refused = this.words.of(refusal, locale);
		}
		return detail(id, model, refused);
	}

	private String detail(long id, Model model, String refused) {
		Alert alert = this.queue.get(id);
		model.addAttribute("alert", alert);
		model.addAttribute("about", this.story.name(alert.subject()));
		model.addAttribute("story", raisedBy(alert));
		model.addAttribute("officers", officers());
		model.addAttribute("refused", refused);
		return "officer-alerts :: detail";
	}

	/**
	 * The entry that raised the alert, told in words with names; null once the entry was
	 * archived out of the database.
	 */
	private String raisedBy(Alert alert) {
		if (alert.kiosk() != null) {
			// its entry is in central's copy of the kiosk's log, told on the search page
			return null;
		}
		List<AuditEntry> entry = this.log.after(alert.raisedBySequence() - 1, 1);
		if (entry.isEmpty() || entry.get(0).sequence() != alert.raisedBySequence()) {
			return null;
		}
		return this.story.tell(entry).get(0).sentence();
	}

	/** Who may be assigned an alert. */
	private List<String> officers() {
		return this.users.list()
			.stream()
			.filter((user) -> user.enabled() && user.role() != ConsoleRole.AUDITOR)
			.map((user) -> user.username())
			.toList();
	}

	private static Instant utc(LocalDateTime at) {
		return (at != null) ? at.toInstant(ZoneOffset.UTC) : null;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
