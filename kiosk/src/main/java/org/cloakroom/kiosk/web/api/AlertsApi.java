package org.cloakroom.kiosk.web.api;

import java.io.IOException;
import java.time.Instant;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cloakroom.kiosk.alert.Alert;
import org.cloakroom.kiosk.alert.AlertCounts;
import org.cloakroom.kiosk.alert.AlertFilter;
import org.cloakroom.kiosk.alert.AlertPage;
import org.cloakroom.kiosk.alert.AlertQueue;
import org.cloakroom.kiosk.alert.AlertSeverity;
import org.cloakroom.kiosk.alert.AlertStatus;
import org.cloakroom.kiosk.web.SignedInUser;
import org.cloakroom.kiosk.web.live.Audience;
import org.cloakroom.kiosk.web.live.LiveStreams;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The officers' alerts queue: listed with filters (newest first, keyset paging), counted
 * by status, and worked (acknowledged, assigned, resolved) in the name of the signed-in
 * console user; a step that does not fit the alert's status is a 409 naming it. New and
 * changed alerts arrive on the stream once their entry committed.
 */
@RestController
@RequestMapping("/api/v1/alerts")
@Tag(name = "alerts", description = "The officers' alerts queue")
class AlertsApi {

	private final AlertQueue queue;

	private final LiveStreams streams;

	AlertsApi(AlertQueue queue, LiveStreams streams) {
		this.queue = queue;
		this.streams = streams;
	}

	@GetMapping
	@Operation(summary = "Alerts newest first, filtered; 'before' is the previous page's nextBefore")
	AlertPage list(@RequestParam(required = false) Set<AlertStatus> status,
			@RequestParam(required = false) AlertSeverity severity, @RequestParam(required = false) String assignee,
			@Parameter(description = "the event type that raised it, e.g. LockerForced") @RequestParam(
					required = false) String type,
			@Parameter(description = "opened at or after") @RequestParam(required = false) Instant from,
			@Parameter(description = "opened before") @RequestParam(required = false) Instant to,
			@Parameter(description = "centrally: raised by this registered kiosk's entries (its name)") @RequestParam(
					required = false) String kiosk,
			@Parameter(description = "centrally: raised by the entries of the kiosks at this site") @RequestParam(
					required = false) String site,
			@RequestParam(required = false) Long before, @RequestParam(defaultValue = "50") int limit) {
		return this.queue.list(new AlertFilter(status, severity, assignee, type, from, to, kiosk, site), before, limit);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One alert, with who acknowledged and resolved it, when and why")
	Alert get(@PathVariable long id) {
		return this.queue.get(id);
	}

	@GetMapping("/counts")
	@Operation(summary = "How many alerts are open, acknowledged and resolved")
	AlertCounts counts() {
		return this.queue.counts();
	}

	@PostMapping(path = "/{id}/acknowledgement", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Acknowledge an open alert, with a note or none")
	Alert acknowledge(@PathVariable long id, @RequestBody AlertNoteRequest request, SignedInUser officer) {
		return this.queue.acknowledge(id, officer.name(), request.note());
	}

	@PostMapping(path = "/{id}/resolution", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Resolve an acknowledged alert; the note (what was found and done) is required")
	Alert resolve(@PathVariable long id, @RequestBody AlertNoteRequest request, SignedInUser officer) {
		return this.queue.resolve(id, officer.name(), request.note());
	}

	@PostMapping(path = "/{id}/assignment", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Assign an alert that is not resolved to an officer or admin")
	Alert assign(@PathVariable long id, @RequestBody AlertAssignmentRequest request, SignedInUser officer) {
		return this.queue.assign(id, request.assignee(), officer.name());
	}

	@GetMapping(path = "/stream",
			produces = { MediaType.TEXT_EVENT_STREAM_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	@Operation(
			summary = "Server-sent events: each alert an entry opened or changed, once committed; event 'alert', data {change, alert}, id the entry's sequence (send Last-Event-ID to resume)",
			responses = @ApiResponse(responseCode = "200", description = "the stream",
					content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE,
							schema = @Schema(type = "string"))))
	ResponseEntity<ProblemDetail> stream(HttpServletRequest request, HttpServletResponse response,
			@Parameter(hidden = true) @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId)
			throws IOException {
		return this.streams.open(Audience.ALERTS, request, response, lastEventId, null);
	}

}
