package org.cloakroom.kiosk.home;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.cloakroom.kiosk.PostgresServer;
import org.cloakroom.kiosk.SignedIn;
import org.cloakroom.kiosk.TestClockConfiguration;
import org.cloakroom.kiosk.security.ConsoleUserLockedOut;
import org.cloakroom.kiosk.web.ApiDocumentUrls;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The central home's consoles and API on PostgreSQL, with real rows: every GET of its
 * OpenAPI document and every console page answers 2xx (so every query behind them runs on
 * PostgreSQL), but a locker's timeline and a check-in's visit, which central's own log
 * cannot hold; and an officer's acknowledgement and the chain's verification work there.
 */
@SpringBootTest(properties = { "cloakroom.scheduling.enabled=false", "cloakroom.security.pin.hash-strength=4",
		"cloakroom.security.signin.hash-strength=4",
		"cloakroom.enrolment.identity-key=94TBrHI/erLeboCd6KUAARjpw4lEwyEFaTv0NC4Gl30=" })
@Import(TestClockConfiguration.class)
@AutoConfigureMockMvc
class CentralConsolesIT {

	@DynamicPropertySource
	static void central(DynamicPropertyRegistry registry) {
		PostgresServer.central(registry);
	}

	/**
	 * A check-in: central has no check-in in its own log, so it answers 404 (as any
	 * unknown one does at a door).
	 */
	private static final List<String> NOT_IN_CENTRALS_OWN_LOG = List
		.of("/api/v1/audit/visits/6f1c2a9e-3b7d-4c1e-9a2f-5d8b7e6c4a31");

	/**
	 * Timelines by an employee's, a phone's or a locker's id: central's search reads the
	 * kiosks' chains, where ids are each kiosk's own, so it refuses them in words
	 * ({@code audit-filter-not-central}, 400) and points to a search by subject.
	 */
	private static final Pattern TIMELINE_BY_ID = Pattern
		.compile("/(api/v1|officer)/timelines/(employees|phones|lockers)/[0-9]+");

	/**
	 * Only a joined kiosk's fleet token pulls the configuration: a console user gets 401.
	 */
	private static final String FLEET_CONFIGURATION = "/api/v1/fleet/configuration";

	private static final String FLEET_EVENTS = "/api/v1/fleet/events";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private TransactionTemplate transactions;

	@Test
	void everyGetOfTheApiAndEveryConsolePageAnswersWithRealRows() throws Exception {
		Rows rows = rows();
		List<String> urls = new ArrayList<>(apiUrls(rows));
		urls.addAll(List.of("/officer", "/officer/log", "/officer/alerts/list", "/officer/alerts/" + rows.alert(),
				"/officer/alert-counts", "/officer/search", "/officer/search?q=Hopper&type=EmployeeEnrolled",
				"/officer/search?from=2026-11-01&to=2026-12-31&alert=true", "/officer/charts",
				"/officer/charts?day=2026-11-23", "/officer/timelines", "/officer/timelines?q=Grace",
				"/officer/timelines/employees/" + rows.employee(), "/officer/timelines/phones/" + rows.phone(),
				"/admin/catalogue", "/admin/catalogue/new", "/admin/catalogue/" + rows.flaggedApp(),
				"/admin/catalogue/import", "/admin/employees", "/admin/employees/" + rows.employee(),
				"/admin/employees/phones/" + rows.phone(), "/admin/employees/mdm", "/admin/policy", "/admin/kiosks",
				"/admin/users", "/admin/settings", "/account/password"));

		List<String> failures = new ArrayList<>();
		for (String url : urls) {
			MvcResult result = this.mvc.perform(get(url).with(SignedIn.admin())).andReturn();
			int status = result.getResponse().getStatus();
			int expected = expected(url);
			String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
			boolean refusedInWords = expected != 400 || body.contains("\"code\":\"audit-filter-not-central\"");
			if ((status != expected || !refusedInWords) && (expected != 200 || status >= 300)) {
				failures.add("GET " + url + " answered " + status + ": "
						+ result.getResponse().getContentAsString(StandardCharsets.UTF_8));
			}
		}

		assertThat(urls).hasSizeGreaterThan(50);
		assertThat(failures).isEmpty();
	}

	@Test
	void anOfficerAcknowledgesAnAlertAndTheChainVerifies() throws Exception {
		long alert = alert();

		this.mvc
			.perform(json(post("/api/v1/alerts/" + alert + "/acknowledgement"), "{\"note\": \"looking\"}")
				.with(SignedIn.officer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACKNOWLEDGED"));
		this.mvc.perform(get("/api/v1/audit/verification").with(SignedIn.auditor()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.intact").value(true));
	}

	@Test
	void anAdminChangesTheCatalogueThePolicyTheUsersAndImportsAnMdmExport() throws Exception {
		long employee = created(post("/api/v1/employees"),
				"{\"name\": \"Alan Kay\", \"badgeId\": \"B-7101\", \"pin\": \"13579\"}", "$.id");
		created(post("/api/v1/employees/" + employee + "/phones"),
				"{\"label\": \"Pixel 8\", \"platform\": \"ANDROID\", \"serial\": \"SER-7101\"}", "$.phone.id");

		this.mvc.perform(json(post("/api/v1/catalogue/entries"),
				"""
						{"id": "chatty", "name": "Chatty", "publisher": "Chatty Ltd", "severity": "WARN",
						 "reason": "it talks too much",
						 "identifiers": [{"platform": "ANDROID", "identifier": "org.chatty.app"}],
						 "sources": [{"title": "A test report", "published": "2024-05-01", "url": "https://example.org/r"}]}"""))
			.andExpect(status().isCreated());
		this.mvc.perform(json(put("/api/v1/policy/area"), "{\"mode\": \"ALL_PHONES\"}")).andExpect(status().isOk());
		this.mvc
			.perform(json(post("/api/v1/users"),
					"{\"username\": \"hana\", \"role\": \"OFFICER\", \"password\": \"hana-first-secret\"}"))
			.andExpect(status().isCreated());
		this.mvc
			.perform(post("/api/v1/mdm/imports?format=generic-csv&mdm=acme").with(SignedIn.admin())
				.contentType("text/csv")
				.content("device,platform,app_id\nSER-7101,ANDROID,org.chatty.app\n"))
			.andExpect(status().isOk());
		this.mvc.perform(json(post("/api/v1/employees/" + employee + "/deactivation"), "{\"reason\": \"left\"}"))
			.andExpect(status().isOk());

		assertThat(this.jdbc.sql("SELECT type FROM audit_event ORDER BY sequence").query(String.class).list()).contains(
				"FlaggedAppAdded", "AreaPolicyChanged", "ConsoleUserCreated", "InventoriesImported",
				"EmployeeDeactivated");
	}

	/** Real rows for every path variable: an employee, a phone with an identity, ... */
	private static int expected(String url) {
		if (NOT_IN_CENTRALS_OWN_LOG.contains(url)) {
			return 404;
		}
		if (TIMELINE_BY_ID.matcher(url).matches()) {
			return 400;
		}
		// a kiosk's calls: its fleet token, never a console user
		return (url.equals(FLEET_CONFIGURATION) || url.startsWith(FLEET_EVENTS)) ? 401 : 200;
	}

	private Rows rows() throws Exception {
		long employee = created(post("/api/v1/employees"),
				"{\"name\": \"Grace Hopper\", \"badgeId\": \"B-7001\", \"pin\": \"13579\"}", "$.id");
		long phone = created(post("/api/v1/employees/" + employee + "/phones"),
				"{\"label\": \"Pixel 9\", \"platform\": \"ANDROID\", \"serial\": \"SER-7001\"}", "$.phone.id");
		long identity = created(post("/api/v1/phones/" + phone + "/identities"),
				"{\"kind\": \"ibeacon\", \"uuid\": \"f7826da6-4fa2-4e98-8024-bc5b71e0893e\", \"major\": 7, \"minor\": 1}",
				"$.id");
		long inventory = created(post("/api/v1/phones/" + phone + "/declarations"),
				"{\"appIds\": [\"com.tencent.mm\"]}", "$.inventoryId");
		long exemption = created(post("/api/v1/policy/exemptions"), """
				{"employeeId": %d, "expiresAt": "2026-12-31T18:00:00Z", "reason": "central test"}"""
			.formatted(employee), "$.id");
		String flaggedApp = this.jdbc.sql("SELECT MIN(id) FROM flagged_app").query(String.class).single();
		this.mvc.perform(json(post("/api/v1/kiosks"), "{\"name\": \"east-wing-1\", \"site\": \"HQ\"}"))
			.andExpect(status().isCreated());
		return new Rows(employee, phone, identity, inventory, exemption, flaggedApp, alert(), "east-wing-1");
	}

	/**
	 * An alerting entry of central's own log (a console user locked out) opens an alert.
	 */
	private long alert() {
		this.transactions.executeWithoutResult((status) -> this.events
			.publishEvent(new ConsoleUserLockedOut("mallory", 5, Instant.parse("2026-11-23T08:15:00Z"))));
		return this.jdbc.sql("SELECT MAX(id) FROM alert").query(Long.class).single();
	}

	private List<String> apiUrls(Rows rows) throws Exception {
		String document = this.mvc.perform(get("/v3/api-docs").with(SignedIn.auditor()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Map<String, String> values = Map.ofEntries(Map.entry("phones/{id}", "" + rows.phone()),
				Map.entry("identities/{identityId}", "" + rows.identity()),
				Map.entry("inventories/{inventoryId}", "" + rows.inventory()),
				Map.entry("employees/{id}", "" + rows.employee()), Map.entry("entries/{id}", rows.flaggedApp()),
				Map.entry("exemptions/{id}", "" + rows.exemption()), Map.entry("users/{username}", "admin"),
				Map.entry("alerts/{id}", "" + rows.alert()), Map.entry("lockers/{id}", "1"),
				Map.entry("visits/{checkInId}", "6f1c2a9e-3b7d-4c1e-9a2f-5d8b7e6c4a31"),
				Map.entry("kiosks/{name}", rows.kiosk()), Map.entry("?platform", "ANDROID"),
				Map.entry("?format", "csv"), Map.entry("?after", "0"));
		List<String> urls = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		Map<String, Map<String, Object>> paths = JsonPath.read(document, "$.paths");
		paths.forEach((path, operations) -> {
			if (operations.containsKey("get") && !ApiDocumentUrls.streams(JsonPath.read(operations, "$.get"))) {
				urls.add(ApiDocumentUrls.fill(path, values, unknown)
						+ ApiDocumentUrls.query(JsonPath.read(operations, "$.get"), values, unknown));
			}
		});
		assertThat(unknown).as("GET variables this test cannot fill: add a row to rows()").isEmpty();
		return urls;
	}

	private long created(MockHttpServletRequestBuilder request, String body, String id) throws Exception {
		String created = this.mvc.perform(json(request, body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return ((Number) JsonPath.read(created, id)).longValue();
	}

	private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.with(SignedIn.admin()).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private record Rows(long employee, long phone, long identity, long inventory, long exemption, String flaggedApp,
			long alert, String kiosk) {
	}

}
