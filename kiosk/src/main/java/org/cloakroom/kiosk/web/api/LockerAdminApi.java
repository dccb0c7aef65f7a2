package org.cloakroom.kiosk.web.api;

import org.cloakroom.kiosk.DoorHome;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.cloakroom.kiosk.locker.LockerId;
import org.cloakroom.kiosk.locker.LockerView;
import org.cloakroom.kiosk.locker.Lockers;
import org.cloakroom.kiosk.web.SignedInUser;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The admin's hands on the lockers: remote open with a reason, out of service and back,
 * and clearing a FAULT after an inspection. Each is audited with why and in the name of
 * the signed-in console user; a request that does not fit the locker's state is a 409
 * naming the locker and its state.
 */
@DoorHome
@RestController
@RequestMapping("/api/v1/lockers")
@Tag(name = "lockers", description = "Remote open, out of service, clearing faults")
class LockerAdminApi {

	private final Lockers lockers;

	LockerAdminApi(Lockers lockers) {
		this.lockers = lockers;
	}

	@PostMapping(path = "/{id}/open", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Unlock a locker remotely; with a phone inside it is a collection by the admin")
	LockerView open(@PathVariable LockerId id, @RequestBody LockerAdminRequest request, SignedInUser admin) {
		return this.lockers.openByAdmin(id, admin.name(), request.reason());
	}

	@PostMapping(path = "/{id}/out-of-service", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Take a locker that holds no phone out of use")
	LockerView outOfService(@PathVariable LockerId id, @RequestBody LockerAdminRequest request, SignedInUser admin) {
		return this.lockers.takeOutOfService(id, admin.name(), request.reason());
	}

	@PostMapping(path = "/{id}/in-service", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Put an out-of-service locker back in use (its door closed, its tray empty)")
	LockerView inService(@PathVariable LockerId id, @RequestBody LockerAdminRequest request, SignedInUser admin) {
		return this.lockers.returnToService(id, admin.name(), request.reason());
	}

	@PostMapping(path = "/{id}/clear-fault", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Clear a FAULT after inspection: OCCUPIED if it holds a session, FREE otherwise")
	LockerView clearFault(@PathVariable LockerId id, @RequestBody LockerAdminRequest request, SignedInUser admin) {
		return this.lockers.clearFault(id, admin.name(), request.reason());
	}

}
