package org.cloakroom.kiosk.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.cloakroom.kiosk.SignedIn;
import org.cloakroom.kiosk.PostgresServer;
import org.cloakroom.kiosk.SimulationIT;
import org.cloakroom.kiosk.fleet.FleetEvents;
import org.cloakroom.kiosk.fleet.JoinedKiosks;
import org.cloakroom.kiosk.fleet.ingest.RegisteredKiosks;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The officer's search in the central home (on H2 until the central home starts on
 * PostgreSQL in tests: see CentralSearchIT for the same search there), over every
 * registered kiosk's entries: 3 kiosks at 2 sites, each with 10 entries at the same
 * minutes (so that the order breaks ties by kiosk). Each entry names its kiosk and site;
 * the kiosk, site and text filters, time and type filters combine; pages follow the order
 * (recorded at, kiosk, sequence) and stay where they were while newer entries arrive; a
 * kiosk or site nobody registered, and a filter that only holds in one kiosk's database,
 * are refused by name.
 */
@SimulationIT
@AutoConfigureMockMvc
class CentralSearchApiIT {

	@DynamicPropertySource
	static void central(DynamicPropertyRegistry registry) {
		PostgresServer.central(registry);
	}

	private static final JsonMapper JSON = JsonMapper.shared();

	private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");

	private static final Instant T = Instant.parse("2026-12-01T08:00:00Z");

	@Autowired
	private MockMvc mvc;

	private JoinedKiosks kiosks;

	@Autowired
	void kiosks(RegisteredKiosks registry, JdbcClient jdbc, Clock clock) {
		this.kiosks = new JoinedKiosks(registry, jdbc, clock);
	}

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void threeKiosksAtTwoSites() {
		if (this.jdbc.sql("SELECT COUNT(*) FROM fleet_kiosk").query(Long.class).single() > 0) {
			return;
		}
		FleetEvents events = new FleetEvents(this.jdbc);
		for (String[] kiosk : new String[][] { { "east-1", "HQ" }, { "east-2", "HQ" }, { "west-1", "Depot" } }) {
			long id = this.kiosks.joined(kiosk[0], kiosk[1], 10, 10L, null);
			for (long sequence = 1; sequence <= 10; sequence++) {
				events.store(id, sequence, T.plusSeconds(60 * sequence),
						(sequence % 2 == 1) ? "PhonesStored" : "PhonesCollected", "locker:" + sequence, false,
						"{\"kiosk\":\"" + kiosk[0] + "\"}");
			}
		}
	}

	@Test
	void everyEntryNamesItsKioskAndSiteNewestFirstTiesByKiosk() throws Exception {
		List<JsonNode> entries = all("/api/v1/audit/events?limit=500");
		assertThat(entries).hasSize(30);
		assertThat(entries.subList(0, 3)).extracting(
				(e) -> e.get("kiosk").asString() + "#" + e.get("sequence").asLong() + "@" + e.get("site").asString())
			.containsExactly("west-1#10@Depot", "east-2#10@HQ", "east-1#10@HQ");
		assertThat(entries.get(29).get("kiosk").asString() + "#" + entries.get(29).get("sequence").asLong())
			.isEqualTo("east-1#1");
	}

	@Test
	void theKioskFilterFindsOneKiosksEntries() throws Exception {
		List<JsonNode> entries = all("/api/v1/audit/events?kiosk=east-2&limit=500");
		assertThat(entries).hasSize(10).allSatisfy((entry) -> {
			assertThat(entry.get("kiosk").asString()).isEqualTo("east-2");
			assertThat(entry.get("details").asString()).contains("east-2");
		});
		assertThat(entries).extracting((e) -> e.get("sequence").asLong())
			.containsExactly(10L, 9L, 8L, 7L, 6L, 5L, 4L, 3L, 2L, 1L);
	}

	@Test
	void theTextFilterFindsWordsOfTheDetailsInAnyCase() throws Exception {
		assertThat(all("/api/v1/audit/events?text=WEST-1&limit=500")).hasSize(10)
			.extracting((e) -> e.get("kiosk").asString())
			.containsOnly("west-1");
		assertThat(all("/api/v1/audit/events?text=east&site=Depot")).isEmpty();
		// a wildcard is a letter: nothing has an underscore
		assertThat(all("/api/v1/audit/events?text=_")).isEmpty();
	}

	@Test
	void theSiteFilterFindsTheEntriesOfTheSitesKiosks() throws Exception {
		assertThat(all("/api/v1/audit/events?site=HQ&limit=500")).hasSize(20)
			.extracting((e) -> e.get("kiosk").asString())
			.containsOnly("east-1", "east-2");
		assertThat(all("/api/v1/audit/events?site=Depot&limit=500")).hasSize(10)
			.extracting((e) -> e.get("kiosk").asString())
			.containsOnly("west-1");
		// a kiosk of another site: nothing, not an error
		assertThat(all("/api/v1/audit/events?site=Depot&kiosk=east-1")).isEmpty();
	}

	@Test
	void timeTypeKioskAndSiteFiltersCombine() throws Exception {
		List<JsonNode> entries = all("/api/v1/audit/events?site=HQ&type=PhonesCollected&from=" + T.plusSeconds(180)
				+ "&to=" + T.plusSeconds(480));
		// minutes 3 to 7, even sequences only: 4 and 6, at both kiosks of HQ
		assertThat(entries).extracting((e) -> e.get("kiosk").asString() + "#" + e.get("sequence").asLong())
			.containsExactly("east-2#6", "east-1#6", "east-2#4", "east-1#4");
		assertThat(all("/api/v1/audit/events?kiosk=west-1&subject=locker:3")).singleElement()
			.satisfies((entry) -> assertThat(entry.get("type").asString()).isEqualTo("PhonesStored"));
	}

	@Test
	void pagesFollowTheOrderAndStayWhereTheyWereWhileNewerEntriesArrive() throws Exception {
		List<String> whole = keys(all("/api/v1/audit/events?limit=500"));
		List<String> paged = new ArrayList<>();
		String next = "/api/v1/audit/events?limit=7";
		int pages = 0;
		while (next != null) {
			MockHttpServletResponse page = send(next);
			paged.addAll(keys(entries(page)));
			next = next(page);
			pages++;
			if (pages == 2) {
				// a newer entry arrives between pages: the pages after the cursor do not
				// move
				new FleetEvents(this.jdbc).store(this.kiosks.id("east-1"), 11, T.plusSeconds(3600), "PhonesStored",
						"locker:11", false, "{}");
			}
		}
		assertThat(pages).isEqualTo(5);
		assertThat(paged).isEqualTo(whole);
		this.jdbc.sql("DELETE FROM fleet_event WHERE sequence = 11").update();

		List<String> forward = new ArrayList<>();
		String after = "/api/v1/audit/events?after=0.0.0&limit=4&site=HQ";
		while (after != null) {
			MockHttpServletResponse page = send(after);
			forward.addAll(keys(entries(page)));
			after = next(page);
		}
		assertThat(forward).hasSize(20).startsWith("east-1#1", "east-2#1", "east-1#2").endsWith("east-2#10");
	}

	@Test
	void theExportOfASearchHoldsWhatItFindsOldestFirst() throws Exception {
		String lines = this.mvc.perform(get("/api/v1/audit/export?format=json&site=Depot").with(SignedIn.officer()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<JsonNode> exported = lines.lines().map(JSON::readTree).toList();
		assertThat(keys(exported)).hasSize(10).startsWith("west-1#1", "west-1#2").endsWith("west-1#10");
	}

	@Test
	void whatNamesNothingCentralHoldsIsRefusedByName() throws Exception {
		assertThat(refused("/api/v1/audit/events?kiosk=north-9")).contains("filter kiosk: 'north-9'");
		assertThat(refused("/api/v1/audit/events?site=Nowhere")).contains("filter site: 'Nowhere'");
		assertThat(refused("/api/v1/audit/events?locker=3")).contains("filter locker:", "one kiosk's own database");
		assertThat(refused("/api/v1/audit/events?before=yesterday")).contains("before: 'yesterday'");
	}

	@Test
	void theOfficersSearchPageShowsEachEntrysKioskAndSite() throws Exception {
		String page = this.mvc.perform(get("/officer/search").param("site", "Depot").with(SignedIn.officer()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page)
			.contains("<td class=\"kiosk\">west-1</td>", "<td class=\"site\">Depot</td>",
					"name=\"site\" value=\"Depot\"")
			.doesNotContain("east-1", "name=\"employee\"");
	}

	private List<JsonNode> all(String path) throws Exception {
		return entries(send(path));
	}

	private MockHttpServletResponse send(String path) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path).with(SignedIn.officer()))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		return response;
	}

	private String refused(String path) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path).with(SignedIn.officer()))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
		return JSON.readTree(response.getContentAsString()).get("detail").asString();
	}

	private static List<JsonNode> entries(MockHttpServletResponse response) throws Exception {
		List<JsonNode> entries = new ArrayList<>();
		JSON.readTree(response.getContentAsString()).forEach(entries::add);
		return entries;
	}

	private static List<String> keys(List<JsonNode> entries) {
		return entries.stream().map((e) -> e.get("kiosk").asString() + "#" + e.get("sequence").asLong()).toList();
	}

	private static String next(MockHttpServletResponse response) {
		String link = response.getHeader(HttpHeaders.LINK);
		if (link == null) {
			return null;
		}
		Matcher next = NEXT.matcher(link);
		assertThat(next.find()).as(link).isTrue();
		return next.group(1).replaceFirst("^https?://[^/]+", "");
	}

}
