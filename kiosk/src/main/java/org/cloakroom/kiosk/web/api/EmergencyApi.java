package org.cloakroom.kiosk.web.api;

import org.cloakroom.kiosk.DoorHome;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.cloakroom.kiosk.locker.EmergencyRelease;
import org.cloakroom.kiosk.web.SignedInUser;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The emergency release: read by officers and admins; opened (with the typed
 * confirmation) and ended by an admin, each audited in the signed-in admin's name. The
 * end is refused (409) while the fire-alarm input still reads the alarm.
 */
@DoorHome
@RestController
@RequestMapping("/api/v1/emergency")
@Tag(name = "emergency", description = "Every locker and the area door let go at once, and the return to normal")
class EmergencyApi {

	private final EmergencyRelease release;

	EmergencyApi(EmergencyRelease release) {
		this.release = release;
	}

	@GetMapping
	@Operation(summary = "The emergency release in force, if any, and what the fire-alarm input reads")
	EmergencyStatus status() {
		return EmergencyStatus.of(this.release);
	}

	@PostMapping(path = "/open", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Open every locker and the area door; confirmation must read OPEN ALL")
	EmergencyStatus open(@RequestBody EmergencyOpenRequest request, SignedInUser admin) {
		EmergencyRelease.confirm(request.confirmation());
		this.release.openEverything(admin.name(), request.reason());
		return EmergencyStatus.of(this.release);
	}

	@PostMapping(path = "/end", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Return to normal once the fire-alarm input reads clear")
	EmergencyStatus end(@RequestBody EmergencyEndRequest request, SignedInUser admin) {
		this.release.returnToNormal(admin.name(), request.note());
		return EmergencyStatus.of(this.release);
	}

}
