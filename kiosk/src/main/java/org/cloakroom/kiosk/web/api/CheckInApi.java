package org.cloakroom.kiosk.web.api;

import org.cloakroom.kiosk.DoorHome;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.cloakroom.kiosk.checkin.CheckInId;
import org.cloakroom.kiosk.checkin.CheckInView;
import org.cloakroom.kiosk.checkin.CheckIns;
import org.cloakroom.kiosk.checkin.CollectionView;
import org.cloakroom.kiosk.checkin.Collections;
import org.cloakroom.kiosk.enrolment.PhoneId;
import org.cloakroom.kiosk.locker.StorageId;
import org.cloakroom.kiosk.web.kiosk.AnswerRequest;
import org.cloakroom.kiosk.web.kiosk.IdentifyRequest;
import org.cloakroom.kiosk.web.kiosk.ReattestRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Check-ins and collections as resources, for integrations that run their own screen (a
 * second kiosk, a turnstile); the kiosk page uses {@code web.kiosk.KioskApi}'s
 * single-screen view of the same flows.
 */
@DoorHome
@RestController
@RequestMapping("/api/v1")
@Tag(name = "check-in", description = "Storing phones on the way in, collecting them on the way out")
class CheckInApi {

	private final CheckIns checkIns;

	private final Collections collections;

	CheckInApi(CheckIns checkIns, Collections collections) {
		this.checkIns = checkIns;
		this.collections = collections;
	}

	@PostMapping(path = "/checkins", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Start a check-in: identify, and get each phone's decision and the questions")
	ResponseEntity<CheckInView> start(@Valid @RequestBody IdentifyRequest request) {
		CheckInView checkIn = this.checkIns.start(request.identification());
		return ResponseEntity.created(URI.create("/api/v1/checkins/" + checkIn.id())).body(checkIn);
	}

	@GetMapping("/checkins/{checkInId}")
	CheckInView checkIn(@PathVariable CheckInId checkInId) {
		return this.checkIns.get(checkInId);
	}

	@PostMapping(path = "/checkins/{checkInId}/answers", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Declare whether a phone the kiosk did not see is carried")
	CheckInView answer(@PathVariable CheckInId checkInId, @Valid @RequestBody AnswerRequest request) {
		return this.checkIns.answer(checkInId, PhoneId.of(request.phoneId()), request.carried());
	}

	@PostMapping(path = "/checkins/{checkInId}/reattestations", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Sign off that a phone's declared apps are unchanged (when re-attestation is due)")
	CheckInView reattest(@PathVariable CheckInId checkInId, @Valid @RequestBody ReattestRequest request) {
		return this.checkIns.reattest(checkInId, PhoneId.of(request.phoneId()));
	}

	@PostMapping("/checkins/{checkInId}/store")
	@Operation(summary = "Unlock a locker for the phones that must be stored")
	CheckInView store(@PathVariable CheckInId checkInId) {
		return this.checkIns.store(checkInId);
	}

	@PostMapping(path = "/collections", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Identify and unlock the locker holding the employee's phones")
	ResponseEntity<CollectionView> collect(@Valid @RequestBody IdentifyRequest request) {
		CollectionView collection = this.collections.start(request.identification());
		return ResponseEntity.created(URI.create("/api/v1/collections/" + collection.storageId())).body(collection);
	}

	@GetMapping("/collections/{storageId}")
	CollectionView collection(@PathVariable StorageId storageId) {
		return this.collections.collection(storageId);
	}

}
