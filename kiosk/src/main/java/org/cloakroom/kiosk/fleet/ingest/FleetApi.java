package org.cloakroom.kiosk.fleet.ingest;

import org.cloakroom.kiosk.CentralHome;
import org.cloakroom.kiosk.fleet.wire.Acknowledgement;
import org.cloakroom.kiosk.fleet.wire.EventBatch;
import org.cloakroom.kiosk.fleet.wire.HeldEntries;
import org.cloakroom.kiosk.fleet.wire.JoinRequest;
import org.cloakroom.kiosk.fleet.wire.Joined;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What kiosks call on the central instance ({@code fleet.wire}'s JSON): the join, with
 * its join code, and their batches of entries, with their fleet token
 * ({@link FleetAccess}). Here, not in {@code web.api}: no console user calls it, and its
 * security chain is the fleet's own.
 */
@RestController
@CentralHome
@RequestMapping(path = FleetAccess.PREFIX, produces = MediaType.APPLICATION_JSON_VALUE)
class FleetApi {

	private final FleetJoin joins;

	private final FleetIngest ingest;

	private final FleetEventTable events;

	FleetApi(FleetJoin joins, FleetIngest ingest, FleetEventTable events) {
		this.joins = joins;
		this.ingest = ingest;
		this.events = events;
	}

	@PostMapping(path = "/join", consumes = MediaType.APPLICATION_JSON_VALUE)
	Joined join(@RequestBody JoinRequest request) {
		return this.joins.join(request);
	}

	/**
	 * The calling kiosk's entries central holds after {@code after}, at most a batch: a
	 * kiosk restored from an old backup appends them before it starts ({@code fleet
	 * catch-up}), so that it goes on from central's copy instead of forking it.
	 */
	@GetMapping("/events")
	HeldEntries held(@RequestParam long after, @AuthenticationPrincipal FleetCaller.Kiosk kiosk) {
		return new HeldEntries(this.events.after(kiosk.id(), Math.max(after, 0), EventBatch.MAX_ENTRIES));
	}

	@PostMapping(path = "/events", consumes = MediaType.APPLICATION_JSON_VALUE)
	Acknowledgement events(@RequestBody EventBatch batch, @AuthenticationPrincipal FleetCaller.Kiosk kiosk) {
		return this.ingest.ingest(kiosk, batch);
	}

}
