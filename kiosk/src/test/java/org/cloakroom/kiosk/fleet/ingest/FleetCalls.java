package org.cloakroom.kiosk.fleet.ingest;

import java.util.List;

import org.cloakroom.kiosk.SignedIn;
import org.cloakroom.kiosk.fleet.wire.ChainPosition;
import org.cloakroom.kiosk.fleet.wire.EventBatch;
import org.cloakroom.kiosk.fleet.wire.ForwardedEntry;
import org.cloakroom.kiosk.fleet.wire.JoinRequest;
import org.cloakroom.kiosk.fleet.wire.Joined;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a kiosk and an admin send the central instance in these tests, as JSON over the
 * real security chains: an admin registers a kiosk, the kiosk joins with the code and
 * forwards batches of its log with its fleet token.
 */
final class FleetCalls {

	private final MockMvc mvc;

	private final JsonMapper json;

	FleetCalls(MockMvc mvc, JsonMapper json) {
		this.mvc = mvc;
		this.json = json;
	}

	ResultActions register(String name, String site) throws Exception {
		return this.mvc.perform(post("/api/v1/kiosks").contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(new Site(name, site)))
			.with(SignedIn.admin()));
	}

	/** Registers a kiosk and gives its join code. */
	String joinCode(String name, String site) throws Exception {
		String body = register(name, site).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(body).path("joinCode").asString();
	}

	/** Joins with the log at entry {@code sequence} (the log holds it, or it is 0). */
	ResultActions join(String code, KioskLog log, long sequence) throws Exception {
		return join(code, log, sequence, (sequence == 0) ? null : log.entry(sequence).hash());
	}

	ResultActions join(String code, KioskLog log, long sequence, String hash) throws Exception {
		return this.mvc.perform(post("/api/v1/fleet/join").contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(new JoinRequest(code, List.of(log.signingKey()), sequence, hash))));
	}

	/** Registers a kiosk that joins with an empty log; its fleet token. */
	String joined(String name, KioskLog log) throws Exception {
		String body = join(joinCode(name, "HQ"), log, 0).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readValue(body, Joined.class).token();
	}

	ResultActions send(String token, EventBatch batch) throws Exception {
		return this.mvc.perform(post("/api/v1/fleet/events").contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.content(this.json.writeValueAsString(batch)));
	}

	/**
	 * Entries {@code from} to {@code to} of the log, its head as the log's last entry.
	 */
	ResultActions send(String token, KioskLog log, long from, long to) throws Exception {
		return send(token, batch(log, log.entries(from, to), null, List.of()));
	}

	static EventBatch batch(KioskLog log, List<ForwardedEntry> entries, Long gapFrom, List<String> checkpoints) {
		ChainPosition head = new ChainPosition(log.head(), (log.head() > 0) ? log.entry(log.head()).hash() : null);
		return new EventBatch(head, entries, checkpoints, List.of(log.signingKey()), gapFrom);
	}

	/** An admin's registration body. */
	record Site(String name, String site) {
	}

}
