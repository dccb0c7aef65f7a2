package org.cloakroom.kiosk.web.api;

import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;
import org.cloakroom.kiosk.SignedIn;
import org.cloakroom.kiosk.SimulationIT;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An admin's changes to employees through the API (edit, deactivate, reactivate, badge
 * reset, PIN reset), each logged with the signed-in admin; an officer reads but may not
 * change; the kiosk refuses a deactivated employee; the MDM import preview writes
 * nothing; what would change a phone's decision, decided again.
 */
@SimulationIT
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:enrolment-administration-api;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class EnrolmentAdministrationApiIT {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void anAdminEditsDeactivatesReactivatesAndResetsAndTheLogNamesThem() throws Exception {
		long id = employee("Edsger Dijkstra", "B-8001", "es");

		this.mvc
			.perform(json(put("/api/v1/employees/" + id), "{\"name\": \"E. W. Dijkstra\", \"language\": \"zh-CN\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("E. W. Dijkstra"))
			.andExpect(jsonPath("$.language").value("zh-CN"))
			.andExpect(jsonPath("$.active").value(true));
		this.mvc.perform(json(post("/api/v1/employees/" + id + "/deactivation"), "{\"reason\": \"retired\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false));
		this.mvc.perform(get("/api/v1/employees/" + id).with(SignedIn.officer()))
			.andExpect(jsonPath("$.active").value(false))
			.andExpect(jsonPath("$.deactivatedAt").isNotEmpty());
		this.mvc.perform(delete("/api/v1/employees/" + id + "/deactivation").with(SignedIn.admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(true));
		this.mvc.perform(json(put("/api/v1/employees/" + id + "/badge"), "{\"badgeId\": \"B-8002\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.badgeId").value("B-8002"));
		this.mvc.perform(json(put("/api/v1/employees/" + id + "/pin"), "{\"pin\": \"97531\"}"))
			.andExpect(status().isNoContent());

		for (String type : new String[] { "EmployeeEnrolled", "EmployeeEdited", "EmployeeDeactivated",
				"EmployeeReactivated", "BadgeReset", "PinReset" }) {
			assertThat(details(type, id)).as(type).contains("\"by\":\"dana\"");
		}
		assertThat(this.jdbc.sql("SELECT details FROM audit_event WHERE subject = ?")
			.param("employee:" + id)
			.query(String.class)
			.list()).noneMatch((details) -> details.contains("97531") || details.contains("13579"));
	}

	@Test
	void theKioskRefusesADeactivatedEmployeeInWordsItCanTranslateAndLogsIt() throws Exception {
		long id = employee("Grace Hopper", "B-8101", null);
		this.mvc.perform(json(post("/api/v1/employees/" + id + "/deactivation"), "{\"reason\": \"left\"}"))
			.andExpect(status().isOk());

		this.mvc
			.perform(post("/api/v1/kiosk/identify").contentType(MediaType.APPLICATION_JSON)
				.content("{\"badgeId\": \"B-8101\", \"pin\": \"13579\"}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("employee-deactivated"));

		assertThat(details("DeactivatedEmployeeRefused", id)).contains("\"badgeId\":\"B-8101\"");
		this.mvc.perform(post("/api/v1/kiosk/reset")).andExpect(status().is2xxSuccessful());
	}

	@Test
	void anOfficerReadsButChangesNothingAndAnAuditorReadsNothing() throws Exception {
		long id = employee("Barbara Liskov", "B-8201", null);

		this.mvc.perform(get("/api/v1/employees?search=lisk").with(SignedIn.officer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].name", hasItem("Barbara Liskov")));
		this.mvc
			.perform(put("/api/v1/employees/" + id).with(SignedIn.officer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"X\"}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/employees/" + id + "/deactivation").with(SignedIn.officer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\": \"x\"}"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/employees/" + id).with(SignedIn.auditor())).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/mdm/imports/preview?format=generic-csv").with(SignedIn.officer())
				.contentType("text/csv")
				.content("device,platform,app_id\n"))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.sql("SELECT name FROM employee WHERE id = ?").param(id).query(String.class).single())
			.isEqualTo("Barbara Liskov");
	}

	@Test
	void aBodyThatNamesWhoActsIsRefused() throws Exception {
		long id = employee("Alan Kay", "B-8301", null);

		this.mvc
			.perform(json(put("/api/v1/employees/" + id + "/badge"), "{\"badgeId\": \"B-8302\", \"by\": \"mallory\"}"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theImportPreviewSaysWhatWouldChangeAndWritesNothing() throws Exception {
		long id = employee("Frances Allen", "B-8401", null);
		long phone = phone(id, "Pixel 9", "SER-8401");
		declare(phone, "com.whatsapp");
		long inventories = count("app_inventory");
		long entries = count("audit_event");

		this.mvc
			.perform(post("/api/v1/mdm/imports/preview?format=generic-csv&mdm=acme").with(SignedIn.admin())
				.contentType("text/csv")
				.content("device,platform,app_id\nSER-8401,ANDROID,com.tencent.mm\nSER-8401,ANDROID,org.signal\n"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.preview.phones[0].phoneId").value(phone))
			.andExpect(jsonPath("$.preview.phones[0].added[0]").value("com.tencent.mm"))
			.andExpect(jsonPath("$.preview.phones[0].removed[0]").value("com.whatsapp"))
			.andExpect(jsonPath("$.flagged[0].apps[0]").value("WeChat (com.tencent.mm)"));

		assertThat(count("app_inventory")).isEqualTo(inventories);
		assertThat(count("audit_event")).isEqualTo(entries);
	}

	@Test
	void whatWouldChangeADecisionIsDecidedAgainWithEachFactChanged() throws Exception {
		long id = employee("John Backus", "B-8501", null);
		long phone = phone(id, "Pixel 7", "SER-8501");
		declare(phone, "com.tencent.mm");

		this.mvc.perform(get("/api/v1/phones/" + phone + "/decision").with(SignedIn.officer()))
			.andExpect(jsonPath("$.verdict").value("MUST_STORE"));
		this.mvc.perform(get("/api/v1/phones/" + phone + "/decision/changes").with(SignedIn.officer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.change == 'REMOVE_APP')].app").value(hasItem("com.tencent.mm")))
			.andExpect(jsonPath("$[?(@.change == 'REMOVE_APP')].verdict").value(hasItem("CLEAR")))
			.andExpect(jsonPath("$[?(@.change == 'GRANT_EXEMPTION')].verdict").value(hasItem("CLEAR")))
			.andExpect(jsonPath("$[?(@.change == 'DECLARE_APPS')]").isEmpty());
	}

	private long employee(String name, String badge, String language) throws Exception {
		String body = "{\"name\": \"" + name + "\", \"badgeId\": \"" + badge + "\", \"pin\": \"13579\""
				+ ((language != null) ? ", \"language\": \"" + language + "\"" : "") + "}";
		String created = this.mvc.perform(json(post("/api/v1/employees"), body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return ((Number) JsonPath.read(created, "$.id")).longValue();
	}

	private long phone(long employee, String label, String serial) throws Exception {
		String created = this.mvc
			.perform(json(post("/api/v1/employees/" + employee + "/phones"),
					"{\"label\": \"" + label + "\", \"platform\": \"ANDROID\", \"serial\": \"" + serial + "\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return ((Number) JsonPath.read(created, "$.phone.id")).longValue();
	}

	private void declare(long phone, String app) throws Exception {
		this.mvc.perform(json(post("/api/v1/phones/" + phone + "/declarations"), "{\"appIds\": [\"" + app + "\"]}"))
			.andExpect(status().isCreated());
	}

	private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.with(SignedIn.admin()).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private String details(String type, long employee) {
		return String.join("\n",
				this.jdbc.sql("SELECT details FROM audit_event WHERE type = ? AND subject = ?")
					.params(type, "employee:" + employee)
					.query(String.class)
					.list());
	}

	private long count(String table) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

}
