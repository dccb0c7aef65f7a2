package org.cloakroom.kiosk.web.api;

import org.cloakroom.kiosk.web.kiosk.ReattestRequest;
import org.cloakroom.kiosk.web.kiosk.IdentifyRequest;
import org.cloakroom.kiosk.web.kiosk.AnswerRequest;
import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.cloakroom.kiosk.checkin.CheckIn;
import org.cloakroom.kiosk.checkin.CheckOut;
import org.cloakroom.kiosk.checkin.CollectionView;
import org.cloakroom.kiosk.checkin.VisitView;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Check-in and check-out as resources, for integrations that run their own screen (a
 * second kiosk, a turnstile); the kiosk page uses {@code web.kiosk.KioskApi}'s
 * single-screen view of the same flows.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "check-in", description = "Storing phones on the way in, collecting them on the way out")
class CheckinApi {

	private final CheckIn checkIn;

	private final CheckOut checkOut;

	CheckinApi(CheckIn checkIn, CheckOut checkOut) {
		this.checkIn = checkIn;
		this.checkOut = checkOut;
	}

	@PostMapping(path = "/checkins", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Start a check-in: identify, and get each phone's decision and the questions")
	ResponseEntity<VisitView> start(@Valid @RequestBody IdentifyRequest request) {
		VisitView visit = this.checkIn.start(request.identification());
		return ResponseEntity.created(URI.create("/api/v1/checkins/" + visit.id())).body(visit);
	}

	@GetMapping("/checkins/{visitId}")
	VisitView visit(@PathVariable UUID visitId) {
		return this.checkIn.visit(visitId);
	}

	@PostMapping(path = "/checkins/{visitId}/answers", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Declare whether a phone the kiosk did not see is carried")
	VisitView answer(@PathVariable UUID visitId, @Valid @RequestBody AnswerRequest request) {
		return this.checkIn.answer(visitId, request.phoneId(), request.carried());
	}

	@PostMapping(path = "/checkins/{visitId}/reattestations", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Sign off that a phone's declared apps are unchanged (when re-attestation is due)")
	VisitView reattest(@PathVariable UUID visitId, @Valid @RequestBody ReattestRequest request) {
		return this.checkIn.reattest(visitId, request.phoneId());
	}

	@PostMapping("/checkins/{visitId}/store")
	@Operation(summary = "Reserve and unlock a locker for the phones that must be stored")
	VisitView store(@PathVariable UUID visitId) {
		return this.checkIn.store(visitId);
	}

	@PostMapping(path = "/checkouts", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Identify and unlock the locker holding the employee's phones")
	ResponseEntity<CollectionView> checkOut(@Valid @RequestBody IdentifyRequest request) {
		CollectionView collection = this.checkOut.start(request.identification());
		return ResponseEntity.created(URI.create("/api/v1/checkouts/" + collection.sessionId())).body(collection);
	}

	@GetMapping("/checkouts/{sessionId}")
	CollectionView collection(@PathVariable long sessionId) {
		return this.checkOut.collection(sessionId);
	}

}
