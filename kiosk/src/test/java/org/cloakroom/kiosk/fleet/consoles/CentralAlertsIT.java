package org.cloakroom.kiosk.fleet.consoles;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

import org.cloakroom.kiosk.SignedIn;
import org.cloakroom.kiosk.PostgresServer;
import org.cloakroom.kiosk.SimulationIT;
import org.cloakroom.kiosk.alert.AlertSeverity;
import org.cloakroom.kiosk.fleet.FleetEvents;
import org.cloakroom.kiosk.fleet.KioskEntriesIngested;
import org.cloakroom.kiosk.fleet.JoinedKiosks;
import org.cloakroom.kiosk.fleet.ingest.RegisteredKiosks;
import org.cloakroom.kiosk.fleet.wire.ForwardedEntry;
import org.cloakroom.kiosk.violation.PhoneLeftInLocker;
import org.cloakroom.kiosk.violation.PhoneSeenInside;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Alerts across kiosks: a registered kiosk's ingested entries open central alerts that
 * name the kiosk, with the severity and the episode their events give (episodes are each
 * kiosk's own), once however often a batch is forwarded; the queue lists and filters them
 * by kiosk and by site, on the API and on the officer's page.
 */
@SimulationIT
@AutoConfigureMockMvc
class CentralAlertsIT {

	@DynamicPropertySource
	static void central(DynamicPropertyRegistry registry) {
		PostgresServer.central(registry);
	}

	/** The details as a kiosk's log writes them (see audit.CanonicalForm). */
	private static final JsonMapper DETAILS = JsonMapper.builder()
		.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
		.build();

	private static final JsonMapper JSON = JsonMapper.shared();

	private static final Instant T = Instant.parse("2026-12-01T08:00:00Z");

	@Autowired
	private MockMvc mvc;

	private JoinedKiosks kiosks;

	@Autowired
	void kiosks(RegisteredKiosks registry, JdbcClient jdbc, Clock clock) {
		this.kiosks = new JoinedKiosks(registry, jdbc, clock);
	}

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void ingestedAlertingEntriesOpenAlertsNamingTheirKioskFilteredByKioskAndSite() throws Exception {
		long east = this.kiosks.joined("east-1", "HQ", 6, 6L, null);
		long west = this.kiosks.joined("west-1", "Depot", 3, 3L, null);
		FleetEvents store = new FleetEvents(this.jdbc);
		List<ForwardedEntry> eastBatch = List.of(
				store.store(east, 3, T.plusSeconds(3), "PhoneSeenInside", "phone:7", true,
						details(seenInside("phone-7", AlertSeverity.CRITICAL, 3))),
				store.store(east, 4, T.plusSeconds(4), "PhoneSeenInside", "phone:7", true,
						details(seenInside("phone-7", AlertSeverity.CRITICAL, 4))),
				store.store(east, 5, T.plusSeconds(5), "PhonesStored", "storage:1", false, "{}"),
				store.store(east, 6, T.plusSeconds(6), "LockerForced", "locker:2", true, "{\"lockerId\":2}"));
		List<ForwardedEntry> westBatch = List.of(
				store.store(west, 2, T.plusSeconds(2), "PhoneLeftInLocker", "storage:9", false,
						details(new PhoneLeftInLocker("left:9", 9, 4, 11, "Ada", List.of("Pixel"), T, T, T))),
				store.store(west, 3, T.plusSeconds(7), "PhoneSeenInside", "phone:7", true,
						details(seenInside("phone-7", AlertSeverity.HIGH, 7))));

		this.events.publishEvent(new KioskEntriesIngested(east, "east-1", "HQ", eastBatch));
		this.events.publishEvent(new KioskEntriesIngested(west, "west-1", "Depot", westBatch));
		// forwarded again (a replayed batch): nothing opens twice
		this.events.publishEvent(new KioskEntriesIngested(east, "east-1", "HQ", eastBatch));

		List<JsonNode> all = alerts("");
		assertThat(all)
			.extracting((a) -> a.get("kiosk").asString() + "#" + a.get("raisedBySequence").asLong() + " "
					+ a.get("type").asString() + " " + a.get("severity").asString() + " " + a.get("site").asString())
			.containsExactly("west-1#3 PhoneSeenInside HIGH Depot", "west-1#2 PhoneLeftInLocker NOTICE Depot",
					"east-1#6 LockerForced HIGH HQ", "east-1#3 PhoneSeenInside CRITICAL HQ");
		assertThat(all.get(3).get("episode").get("key").asString()).isEqualTo("east-1/phone-7");

		assertThat(alerts("&kiosk=east-1")).extracting((a) -> a.get("raisedBySequence").asLong())
			.containsExactly(6L, 3L);
		assertThat(alerts("&site=Depot")).extracting((a) -> a.get("kiosk").asString())
			.containsExactly("west-1", "west-1");
		assertThat(alerts("&site=HQ&severity=CRITICAL")).singleElement()
			.satisfies((a) -> assertThat(a.get("subject").asString()).isEqualTo("phone:7"));
		assertThat(alerts("&kiosk=east-1&site=Depot")).isEmpty();

		String page = this.mvc.perform(get("/officer").param("site", "Depot").with(SignedIn.officer()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<td class=\"kiosk\">west-1</td>", "<td class=\"site\">Depot</td>")
			.doesNotContain("<td class=\"kiosk\">east-1</td>");
	}

	private List<JsonNode> alerts(String filters) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get("/api/v1/alerts?status=OPEN&limit=50" + filters).with(SignedIn.officer()))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		List<JsonNode> alerts = new ArrayList<>();
		JSON.readTree(response.getContentAsString()).get("alerts").forEach(alerts::add);
		return alerts;
	}

	private static PhoneSeenInside seenInside(String episode, AlertSeverity severity, long second) {
		Instant at = T.plusSeconds(second);
		return new PhoneSeenInside(episode, severity, 7, "Pixel 8", 11, "Ada Lovelace", "MUST_STORE",
				List.of("inside-1"), -61.5, 0.9, Boolean.FALSE, at, null, null, at);
	}

	private static String details(Object event) {
		return DETAILS.writeValueAsString(event);
	}

}
