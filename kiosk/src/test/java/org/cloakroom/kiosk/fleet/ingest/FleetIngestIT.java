package org.cloakroom.kiosk.fleet.ingest;

import java.util.ArrayList;
import java.util.List;

import org.cloakroom.kiosk.SignedIn;
import org.cloakroom.kiosk.PostgresServer;
import org.cloakroom.kiosk.SimulationIT;
import org.cloakroom.kiosk.fleet.KioskEntriesIngested;
import org.cloakroom.kiosk.fleet.wire.FleetToken;
import org.cloakroom.kiosk.fleet.wire.ForwardedEntry;
import org.cloakroom.kiosk.fleet.wire.HeldEntries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Central's ingest of kiosks' chains, by the rules of README's "A central instance": in
 * order, duplicated, reordered and replayed batches converge on one copy of each entry;
 * gaps (inside a batch, or declared with gapFrom) and forks (at the head, or of an old
 * entry by a kiosk restored from a backup) alert; a revoked kiosk is refused; a day
 * offline catches up in batches of 1,000.
 */
@SimulationIT
@AutoConfigureMockMvc
@RecordApplicationEvents
class FleetIngestIT {

	@DynamicPropertySource
	static void central(DynamicPropertyRegistry registry) {
		PostgresServer.central(registry);
	}

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ApplicationEvents events;

	private FleetCalls fleet;

	private final KioskLog log = KioskLog.create().append(50);

	@BeforeEach
	void calls() {
		this.fleet = new FleetCalls(this.mvc, this.json);
	}

	@Test
	void batchesInOrderAreTakenAndAcknowledgedWithTheKiosksLag() throws Exception {
		String token = this.fleet.joined("in-order", this.log);

		this.fleet.send(token, this.log, 1, 20)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.acknowledged").value(20))
			.andExpect(jsonPath("$.accepted").value(20))
			.andExpect(jsonPath("$.duplicates").value(0));
		this.fleet.send(token, this.log, 21, 30).andExpect(jsonPath("$.acknowledged").value(30));

		assertThat(stored(token)).isEqualTo(this.log.entries(1, 30));
		this.mvc.perform(get("/api/v1/kiosks/in-order").with(SignedIn.auditor()))
			.andExpect(jsonPath("$.state").value("JOINED"))
			.andExpect(jsonPath("$.reportedSequence").value(50))
			.andExpect(jsonPath("$.centralSequence").value(30))
			.andExpect(jsonPath("$.lag").value(20))
			.andExpect(jsonPath("$.lastContactAt").value("2026-11-23T08:00:00Z"));
		List<KioskEntriesIngested> ingested = this.events.stream(KioskEntriesIngested.class).toList();
		assertThat(ingested).extracting(KioskEntriesIngested::kioskName).containsOnly("in-order");
		assertThat(ingested.stream().flatMap((batch) -> batch.entries().stream()))
			.containsExactlyElementsOf(this.log.entries(1, 30));
	}

	@Test
	void aForwardedAlertingEntryOpensACentralAlertNamingItsKiosk() throws Exception {
		KioskLog forced = KioskLog.create().append(3).append("LockerForced", "locker:2", true, "{\"lockerId\":2}");
		String token = this.fleet.joined("forced", forced);

		this.fleet.send(token, forced, 1, 4).andExpect(status().isOk());
		this.fleet.send(token, forced, 1, 4).andExpect(jsonPath("$.duplicates").value(4));

		this.mvc.perform(get("/api/v1/alerts?status=OPEN&kiosk=forced").with(SignedIn.officer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.alerts.length()").value(1))
			.andExpect(jsonPath("$.alerts[0].kiosk").value("forced"))
			.andExpect(jsonPath("$.alerts[0].site").value("HQ"))
			.andExpect(jsonPath("$.alerts[0].type").value("LockerForced"))
			.andExpect(jsonPath("$.alerts[0].raisedBySequence").value(4))
			.andExpect(jsonPath("$.alerts[0].subject").value("locker:2"));
	}

	@Test
	void aDuplicateBatchIsCountedAndStoredOnce() throws Exception {
		String token = this.fleet.joined("duplicated", this.log);
		this.fleet.send(token, this.log, 1, 10).andExpect(status().isOk());

		this.fleet.send(token, this.log, 1, 10)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.acknowledged").value(10))
			.andExpect(jsonPath("$.accepted").value(0))
			.andExpect(jsonPath("$.duplicates").value(10));
		this.fleet.send(token, this.log, 6, 15)
			.andExpect(jsonPath("$.accepted").value(5))
			.andExpect(jsonPath("$.duplicates").value(5));

		assertThat(stored(token)).isEqualTo(this.log.entries(1, 15));
	}

	@Test
	void reorderedBatchesConvergeThroughOutOfOrder() throws Exception {
		String token = this.fleet.joined("reordered", this.log);

		this.fleet.send(token, this.log, 11, 20)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("fleet-out-of-order"))
			.andExpect(jsonPath("$.expected").value(1));
		this.fleet.send(token, this.log, 1, 10).andExpect(jsonPath("$.acknowledged").value(10));
		this.fleet.send(token, this.log, 21, 30)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.expected").value(11));
		this.fleet.send(token, this.log, 11, 20).andExpect(jsonPath("$.acknowledged").value(20));
		this.fleet.send(token, this.log, 21, 30).andExpect(jsonPath("$.acknowledged").value(30));

		assertThat(stored(token)).isEqualTo(this.log.entries(1, 30));
		assertThat(alerts("reordered")).isEmpty();
	}

	@Test
	void aReplayOfEverythingTakesNothingTwice() throws Exception {
		String token = this.fleet.joined("replayed", this.log);
		this.fleet.send(token, this.log, 1, 25).andExpect(status().isOk());
		this.fleet.send(token, this.log, 26, 50).andExpect(status().isOk());

		this.fleet.send(token, this.log, 1, 25).andExpect(jsonPath("$.duplicates").value(25));
		this.fleet.send(token, this.log, 26, 50)
			.andExpect(jsonPath("$.duplicates").value(25))
			.andExpect(jsonPath("$.acknowledged").value(50));

		assertThat(stored(token)).isEqualTo(this.log.entries(1, 50));
	}

	@Test
	void aJumpInsideABatchIsAGapThatAlertsAndTheRestIsTaken() throws Exception {
		String token = this.fleet.joined("jumping", this.log);
		List<ForwardedEntry> skipping = new ArrayList<>(this.log.entries(1, 5));
		skipping.addAll(this.log.entries(9, 12));

		this.fleet.send(token, FleetCalls.batch(this.log, skipping, null, List.of()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.acknowledged").value(12))
			.andExpect(jsonPath("$.accepted").value(9));

		assertThat(stored(token)).isEqualTo(skipping);
		assertThat(newest("KioskChainGap")).contains("\"fromSequence\":6", "\"toSequence\":8", "\"declared\":false",
				"\"name\":\"jumping\"");
		assertThat(alerts("jumping")).containsExactly("KioskChainGap HIGH");
	}

	@Test
	void aKioskThatNoLongerHoldsEntriesDeclaresTheGap() throws Exception {
		String token = this.fleet.joined("archived", this.log);
		this.fleet.send(token, this.log, 1, 10).andExpect(status().isOk());

		this.fleet.send(token, FleetCalls.batch(this.log, this.log.entries(31, 40), 12L, List.of()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.expected").value(11));
		this.fleet.send(token, FleetCalls.batch(this.log, this.log.entries(31, 40), 11L, List.of()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.acknowledged").value(40));

		assertThat(newest("KioskChainGap")).contains("\"fromSequence\":11", "\"toSequence\":30", "\"declared\":true");
		assertThat(alerts("archived")).containsExactly("KioskChainGap HIGH");
	}

	@Test
	void anEntryThatDoesNotLinkToTheHeadIsAForkAndNothingMoreIsTaken() throws Exception {
		String token = this.fleet.joined("forked-head", this.log);
		this.fleet.send(token, this.log, 1, 10).andExpect(status().isOk());
		KioskLog restored = this.log.restoredAt(8).append(10);

		this.fleet.send(token, restored, 11, 12)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("fleet-chain-forked"))
			.andExpect(jsonPath("$.sequence").value(11));
		this.fleet.send(token, this.log, 11, 12)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("fleet-chain-forked"))
			.andExpect(jsonPath("$.sequence").value(11));

		assertThat(stored(token)).isEqualTo(this.log.entries(1, 10));
		assertThat(newest("KioskChainForked")).contains("\"sequence\":11", "\"unlinked\":true",
				"\"heldHash\":\"" + this.log.entry(10).hash());
		assertThat(alerts("forked-head")).containsExactly("KioskChainForked HIGH");
	}

	@Test
	void aKioskRestoredFromAnOldBackupForksAtTheFirstEntryItRewrote() throws Exception {
		String token = this.fleet.joined("restored", this.log);
		this.fleet.send(token, this.log, 1, 20).andExpect(status().isOk());
		KioskLog restored = this.log.restoredAt(12).append(20);

		this.fleet.send(token, restored, 1, 25)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.sequence").value(13));

		assertThat(stored(token)).isEqualTo(this.log.entries(1, 20));
		assertThat(newest("KioskChainForked")).contains("\"sequence\":13", "\"unlinked\":false",
				"\"heldHash\":\"" + this.log.entry(13).hash(), "\"sentHash\":\"" + restored.entry(13).hash());
		assertThat(this.jdbc
			.sql("SELECT forked_at FROM fleet_chain c JOIN fleet_kiosk k ON k.id = c.kiosk_id"
					+ " WHERE k.name = 'restored'")
			.query(Long.class)
			.single()).isEqualTo(13L);
	}

	@Test
	void aRevokedKiosksBatchIsRefusedAndNothingIsStored() throws Exception {
		String token = this.fleet.joined("revoked-ingest", this.log);
		this.mvc.perform(post("/api/v1/kiosks/revoked-ingest/revocation").with(SignedIn.admin()))
			.andExpect(status().isOk());

		this.fleet.send(token, this.log, 1, 10)
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("fleet-kiosk-revoked"));

		assertThat(stored(token)).isEmpty();
	}

	@Test
	void aMalformedEntryIsRefusedNamingItAndNothingIsTaken() throws Exception {
		String token = this.fleet.joined("malformed", this.log);
		List<ForwardedEntry> entries = new ArrayList<>(this.log.entries(1, 5));
		ForwardedEntry third = entries.get(2);
		entries.set(2, new ForwardedEntry(third.sequence(), third.recordedAt(), third.type(), third.subject(),
				third.alert(), third.details(), third.previousHash(), "not-a-hash", third.keyId()));

		this.fleet.send(token, FleetCalls.batch(this.log, entries, null, List.of()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("entries[2].hash")));

		assertThat(stored(token)).isEmpty();
	}

	@Test
	void aDayOfflineCatchesUpInTwentyBatchesOfAThousand() throws Exception {
		KioskLog day = KioskLog.create().append(20_000);
		String token = this.fleet.joined("offline-day", day);

		for (int batch = 0; batch < 20; batch++) {
			this.fleet.send(token, day, batch * 1000 + 1, (batch + 1) * 1000)
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.accepted").value(1000))
				.andExpect(jsonPath("$.acknowledged").value((batch + 1) * 1000));
		}

		assertThat(stored(token)).isEqualTo(day.entries(1, 20_000));
		assertThat(alerts("offline-day")).isEmpty();
	}

	@Test
	void aRestoredKioskIsGivenOnlyItsOwnEntriesAfterItsHead() throws Exception {
		String token = this.fleet.joined("restored-later", this.log);
		String other = this.fleet.joined("next-door", KioskLog.create().append(5));
		this.fleet.send(token, this.log, 1, 30).andExpect(status().isOk());

		assertThat(held(token, 10)).isEqualTo(this.log.entries(11, 30));
		assertThat(held(token, 30)).isEmpty();
		assertThat(held(other, 0)).as("another kiosk's entries are not its").isEmpty();
		this.mvc.perform(get("/api/v1/fleet/events").param("after", "0")).andExpect(status().isUnauthorized());
	}

	private List<ForwardedEntry> held(String token, long after) throws Exception {
		String body = this.mvc
			.perform(get("/api/v1/fleet/events").param("after", String.valueOf(after))
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readValue(body, HeldEntries.class).entries();
	}

	/** The kiosk's entries central holds, in order. */
	private List<ForwardedEntry> stored(String token) {
		long kiosk = FleetToken.parse(token).orElseThrow().kiosk();
		return this.jdbc
			.sql("SELECT sequence, recorded_at, type, subject, alert, details, previous_hash, hash, key_id"
					+ " FROM fleet_event WHERE kiosk_id = ? ORDER BY sequence")
			.param(kiosk)
			.query((rs, row) -> new ForwardedEntry(rs.getLong("sequence"),
					rs.getObject("recorded_at", java.time.OffsetDateTime.class).toInstant(), rs.getString("type"),
					rs.getString("subject"), rs.getBoolean("alert"), rs.getString("details"),
					rs.getString("previous_hash"), rs.getString("hash"), rs.getString("key_id")))
			.list();
	}

	/** The open alerts about the kiosk: type and severity. */
	private List<String> alerts(String name) {
		return this.jdbc.sql("SELECT type, severity FROM alert WHERE subject = ? ORDER BY id")
			.param("registered-kiosk:" + name)
			.query((rs, row) -> rs.getString("type") + " " + rs.getString("severity"))
			.list();
	}

	private String newest(String type) {
		return this.jdbc.sql("SELECT details FROM audit_event WHERE type = ? ORDER BY sequence DESC")
			.param(type)
			.query(String.class)
			.list()
			.stream()
			.findFirst()
			.orElse("(none)");
	}

}
