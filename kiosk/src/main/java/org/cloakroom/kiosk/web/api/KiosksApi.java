package org.cloakroom.kiosk.web.api;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.cloakroom.kiosk.CentralHome;
import org.cloakroom.kiosk.fleet.ingest.KioskRegistration;
import org.cloakroom.kiosk.fleet.ingest.RegisteredKiosk;
import org.cloakroom.kiosk.fleet.ingest.RegisteredKiosks;
import org.cloakroom.kiosk.web.SignedInUser;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The kiosks a central instance knows (central only), administered by an admin and read
 * by officers and auditors: registered (the answer shows the join code, once), listed
 * with state, site, last contact and lag, revoked. Each change audited in the signed-in
 * admin's name.
 */
@RestController
@CentralHome
@RequestMapping("/api/v1/kiosks")
@Tag(name = "registered kiosks", description = "The kiosks that forward to this central instance")
class KiosksApi {

	private final RegisteredKiosks kiosks;

	KiosksApi(RegisteredKiosks kiosks) {
		this.kiosks = kiosks;
	}

	/** A kiosk to register: its name (a slug) and site. */
	record KioskRequest(String name, String site) implements ActedBySignedInUser {
	}

	@GetMapping
	@Operation(summary = "Every registered kiosk with its state, last contact and lag, by site and name")
	List<RegisteredKiosk> list() {
		return this.kiosks.list();
	}

	@GetMapping("/{name}")
	@Operation(summary = "One registered kiosk")
	RegisteredKiosk get(@PathVariable String name) {
		return this.kiosks.get(name);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Register a kiosk: the answer holds its join code, shown this once (valid 24 hours, once)")
	ResponseEntity<KioskRegistration> register(@RequestBody KioskRequest request, SignedInUser admin) {
		KioskRegistration registered = this.kiosks.register(request.name(), request.site(), admin.name());
		return ResponseEntity.created(URI.create("/api/v1/kiosks/" + registered.kiosk().name())).body(registered);
	}

	@PostMapping("/{name}/revocation")
	@Operation(summary = "Revoke a kiosk: its fleet token refused from now on")
	RegisteredKiosk revoke(@PathVariable String name, SignedInUser admin) {
		return this.kiosks.revoke(name, admin.name());
	}

}
