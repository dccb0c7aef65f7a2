package org.cloakroom.kiosk.web.kiosk;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.cloakroom.kiosk.checkin.KioskDesk;
import org.cloakroom.kiosk.checkin.KioskScreen;
import org.cloakroom.kiosk.enrolment.PhoneId;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The kiosk screen's conversation, step by step, exactly as the touch screen drives it.
 */
@RestController
@RequestMapping("/api/v1/kiosk")
@Tag(name = "kiosk", description = "The kiosk's one screen at the door")
class KioskApi {

	private final KioskDesk desk;

	KioskApi(KioskDesk desk) {
		this.desk = desk;
	}

	@GetMapping("/screen")
	@Operation(summary = "What the kiosk screen shows now")
	KioskScreen screen() {
		return this.desk.screen();
	}

	@PostMapping(path = "/identify", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(
			summary = "A badge number typed with its PIN at the kiosk (a badge read comes from the reader, not HTTP)")
	KioskScreen identify(@Valid @RequestBody IdentifyRequest request) {
		return this.desk.identify(request.identification());
	}

	@PostMapping(path = "/answers", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Answer whether a phone the kiosk did not see is carried")
	KioskScreen answer(@Valid @RequestBody AnswerRequest request) {
		return this.desk.answer(PhoneId.of(request.phoneId()), request.carried());
	}

	@PostMapping(path = "/reattestations", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Sign off that a phone's declared apps are unchanged (when re-attestation is due)")
	KioskScreen reattest(@Valid @RequestBody ReattestRequest request) {
		return this.desk.reattest(PhoneId.of(request.phoneId()));
	}

	@PostMapping("/store")
	@Operation(summary = "Unlock a locker for the phones that must be stored")
	KioskScreen store() {
		return this.desk.store();
	}

	@PostMapping("/collect")
	@Operation(summary = "At the choice screen: open the locker to take the phones back")
	KioskScreen collect() {
		return this.desk.collect();
	}

	@PostMapping("/go-in")
	@Operation(summary = "At the choice screen: go in and leave the stored phones in the locker")
	KioskScreen goIn() {
		return this.desk.goIn();
	}

	@PostMapping("/reset")
	@Operation(summary = "Back to the idle screen")
	KioskScreen reset() {
		return this.desk.reset(null);
	}

}
