package org.cloakroom.kiosk.web.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.cloakroom.kiosk.CsvRows;
import org.cloakroom.kiosk.SignedIn;
import org.cloakroom.kiosk.SimulationIT;
import org.cloakroom.kiosk.checkin.CheckInId;
import org.cloakroom.kiosk.checkin.CheckInStarted;
import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.enrolment.PhoneId;
import org.cloakroom.kiosk.locker.LockerId;
import org.cloakroom.kiosk.locker.LockerReserved;
import org.cloakroom.kiosk.locker.LockerTakenOutOfService;
import org.cloakroom.kiosk.locker.LockerState;
import org.cloakroom.kiosk.locker.StorageId;
import org.cloakroom.kiosk.locker.StorageOpened;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The log's search, visit and export on the wire: filters refused by name, never ignored;
 * the next page in a Link header; the export's CSV and JSON lines hold exactly what the
 * search finds, oldest first, and read back to the same entries.
 */
@SimulationIT
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:audit-search-api;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class AuditSearchApiIT {

	private static final JsonMapper JSON = JsonMapper.shared();

	private static final CheckInId CHECK_IN = CheckInId.of(UUID.fromString("6f1c2a9e-0000-4000-8000-00000000a11c"));

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private TransactionTemplate transactions;

	@BeforeEach
	void aVisitAndAnAdminStep() throws Exception {
		if (send("/api/v1/audit/events?type=CheckInStarted&employee=7001").getContentAsString().contains("7001")) {
			return;
		}
		Instant at = Instant.parse("2026-11-23T08:00:00Z");
		record(new CheckInStarted(EmployeeId.of(7001), CHECK_IN, "badge", List.of(), null, at));
		record(new StorageOpened(StorageId.of(7002), EmployeeId.of(7001), Set.of(PhoneId.of(7003)), 0, at));
		record(new LockerReserved(LockerId.of(9), StorageId.of(7002), at.plusSeconds(60), at));
		record(new LockerTakenOutOfService(LockerId.of(9), LockerState.FREE, "admin",
				"=HYPERLINK(\"http://x\"), \"quoted\"\nsecond line", at));
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
			typo=1;                       'typo' is not a filter
			type=PhonesStoredd;           filter type: 'PhonesStoredd'
			severity=urgent;              filter severity: 'urgent'
			employee=Nobody Anywhere;     filter employee: 'Nobody Anywhere'
			phone=seven;                  filter phone: 'seven' is not an id
			locker=0;                     filter locker: '0' is not an id
			kiosk=another-kiosk;          filter kiosk: 'another-kiosk'
			from=yesterday;               filter from: 'yesterday' is not an instant
			""")
	void refusesAFilterOrValueItDoesNotKnowNamingIt(String query, String words) throws Exception {
		MockHttpServletResponse events = send("/api/v1/audit/events?" + query);
		MockHttpServletResponse export = this.mvc
			.perform(get("/api/v1/audit/export?format=csv&" + query).with(SignedIn.auditor()))
			.andReturn()
			.getResponse();

		for (MockHttpServletResponse refused : List.of(events, export)) {
			assertThat(refused.getStatus()).isEqualTo(400);
			assertThat(refused.getContentType()).startsWith("application/problem+json");
			assertThat(JsonPath.<String>read(refused.getContentAsString(), "$.detail")).contains(words);
		}
	}

	@Test
	void refusesAnExportFormatItDoesNotKnow() throws Exception {
		MockHttpServletResponse refused = this.mvc
			.perform(get("/api/v1/audit/export?format=xml").with(SignedIn.auditor()))
			.andReturn()
			.getResponse();
		assertThat(refused.getStatus()).isEqualTo(400);
		assertThat(JsonPath.<String>read(refused.getContentAsString(), "$.detail")).contains("filter format: 'xml'");
	}

	@Test
	void namesTheNextPageInALinkHeaderUntilTheLast() throws Exception {
		MockHttpServletResponse first = send("/api/v1/audit/events?employee=7001&limit=2");
		List<Integer> sequences = JsonPath.read(first.getContentAsString(), "$[*].sequence");
		assertThat(sequences).hasSize(2);
		assertThat(first.getHeader("Link")).contains("before=" + sequences.get(1)).endsWith("; rel=\"next\"");
		assertThat(first.getHeader("Link")).contains("employee=7001").contains("limit=2");

		MockHttpServletResponse last = send("/api/v1/audit/events?employee=7001&limit=2&before=" + sequences.get(1));
		assertThat(JsonPath.<List<String>>read(last.getContentAsString(), "$[*].type"))
			.containsExactly("CheckInStarted");
		assertThat(last.getHeader("Link")).isNull();
	}

	@Test
	void findsAnEmployeeByNameOrBadgeAsByIdAndTheirLockerEvents() throws Exception {
		assertThat(JsonPath.<List<String>>read(send("/api/v1/audit/events?employee=7001").getContentAsString(),
				"$[*].type"))
			.containsExactly("LockerReserved", "StorageSessionOpened", "CheckInStarted");
		String employees = this.mvc.perform(get("/api/v1/employees").with(SignedIn.officer()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String name = JsonPath.read(employees, "$[0].name");
		String badge = JsonPath.read(employees, "$[0].badgeId");
		Integer id = JsonPath.read(employees, "$[0].id");
		String byId = send("/api/v1/audit/events?employee=" + id).getContentAsString();
		assertThat(send("/api/v1/audit/events?employee=" + name.toUpperCase()).getContentAsString()).isEqualTo(byId);
		assertThat(send("/api/v1/audit/events?employee=" + badge).getContentAsString()).isEqualTo(byId);
	}

	@Test
	void showsAVisitWithItsLockerEventsAndRefusesOneTheLogNeverSaw() throws Exception {
		MockHttpServletResponse visit = send("/api/v1/audit/visits/" + CHECK_IN);
		assertThat(JsonPath.<List<String>>read(visit.getContentAsString(), "$[*].type"))
			.containsExactly("CheckInStarted", "StorageSessionOpened", "LockerReserved");

		MockHttpServletResponse unknown = send("/api/v1/audit/visits/" + UUID.randomUUID());
		assertThat(unknown.getStatus()).isEqualTo(404);
		assertThat(send("/api/v1/audit/visits/not-a-uuid").getStatus()).isEqualTo(400);
	}

	@Test
	void exportsASearchAsCsvThatReadsBackToTheSameEntriesOldestFirst() throws Exception {
		MockHttpServletResponse csv = export("csv", "locker=9");

		assertThat(csv.getContentType()).startsWith("text/csv");
		assertThat(csv.getHeader("Content-Disposition")).startsWith("attachment; filename=\"audit-").endsWith(".csv\"");
		List<CsvRows.Row> rows = CsvRows.read(csv.getContentAsString());
		assertThat(rows.get(0).fields()).containsExactly("sequence", "recorded_at", "type", "subject", "alert",
				"details", "previous_hash", "hash", "key_id");
		JsonNode searched = JSON.readTree(send("/api/v1/audit/events?locker=9&after=0").getContentAsString());
		assertThat(rows).hasSize(searched.size() + 1).hasSize(3);
		for (int i = 0; i < searched.size(); i++) {
			List<String> fields = rows.get(i + 1).fields();
			assertThat(fields.get(0)).isEqualTo(searched.get(i).get("sequence").asString());
			assertThat(fields.get(2)).isEqualTo(searched.get(i).get("type").asString());
			assertThat(fields.get(5)).isEqualTo(searched.get(i).get("details").asString());
			assertThat(fields.get(7)).isEqualTo(searched.get(i).get("hash").asString());
		}
		assertThat(rows.get(2).fields().get(5)).contains("=HYPERLINK(\\\"http://x\\\")");
	}

	@Test
	void exportsASearchAsJsonLinesOneEntryALineAsTheSearchShowsIt() throws Exception {
		MockHttpServletResponse json = export("json", "employee=7001");

		assertThat(json.getContentType()).startsWith("application/x-ndjson");
		List<String> lines = json.getContentAsString().lines().toList();
		JsonNode searched = JSON.readTree(send("/api/v1/audit/events?employee=7001&after=0").getContentAsString());
		assertThat(lines).hasSize(3);
		for (int i = 0; i < lines.size(); i++) {
			assertThat(JSON.readTree(lines.get(i))).isEqualTo(searched.get(i));
		}
	}

	private MockHttpServletResponse export(String format, String query) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get("/api/v1/audit/export?format=" + format + "&" + query).with(SignedIn.auditor()))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response;
	}

	private MockHttpServletResponse send(String uri) {
		try {
			return this.mvc.perform(get(uri).with(SignedIn.auditor())).andReturn().getResponse();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void record(Object event) {
		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(event));
	}

}
