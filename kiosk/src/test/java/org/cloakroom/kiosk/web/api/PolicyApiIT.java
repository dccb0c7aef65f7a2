package org.cloakroom.kiosk.web.api;

import org.junit.jupiter.api.Test;

import org.cloakroom.kiosk.SignedIn;
import org.cloakroom.kiosk.SimulationIT;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The policy API: exemptions granted (201 with Location), listed, revoked, each audited
 * in the signed-in admin's name (a body naming another refused), and seen in the phone's
 * decision; validation naming field and value; 404 for unknown ids; the declaration
 * checklist per platform.
 */
@SimulationIT
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:policy-api;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class PolicyApiIT {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	private long phone(String label) {
		return this.jdbc.sql("SELECT id FROM phone WHERE label = ?").param(label).query(Long.class).single();
	}

	private ResultActions grant(String body) throws Exception {
		return this.mvc.perform(post("/api/v1/policy/exemptions").contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(SignedIn.admin()));
	}

	private long exemptions() {
		return this.jdbc.sql("SELECT COUNT(*) FROM policy_exemption").query(Long.class).single();
	}

	private String newestDetails(String type) {
		return this.jdbc.sql("SELECT details FROM audit_event WHERE type = ? ORDER BY sequence DESC LIMIT 1")
			.param(type)
			.query(String.class)
			.single();
	}

	private long audited(String type) {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE type = ?").param(type).query(Long.class).single();
	}

	@Test
	void anExemptionClearsThePhoneUntilItIsRevokedEachChangeAudited() throws Exception {
		long pixel = phone("Pixel 8");
		this.mvc.perform(get("/api/v1/phones/" + pixel + "/decision").with(SignedIn.admin()))
			.andExpect(jsonPath("$.verdict").value("MUST_STORE"));
		long grantedBefore = audited("ExemptionGranted");
		long revokedBefore = audited("ExemptionRevoked");

		String location = grant("""
				{"phoneId": %d, "expiresAt": "2026-12-01T18:00:00Z", "reason": "field trial"}""".formatted(pixel))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/policy/exemptions/")))
			.andExpect(jsonPath("$.state").value("ACTIVE"))
			.andExpect(jsonPath("$.grantedBy").value("dana"))
			.andReturn()
			.getResponse()
			.getHeader("Location");

		this.mvc.perform(get(location).with(SignedIn.admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.phoneId").value(pixel));
		this.mvc.perform(get("/api/v1/policy/exemptions").with(SignedIn.admin()))
			.andExpect(jsonPath("$[*].reason", hasItem("field trial")));
		this.mvc.perform(get("/api/v1/phones/" + pixel + "/decision").with(SignedIn.admin()))
			.andExpect(jsonPath("$.verdict").value("CLEAR"))
			.andExpect(jsonPath("$.mustStore").value(false))
			.andExpect(jsonPath("$.reasons[0].rule").value("exemption"))
			.andExpect(jsonPath("$.reasons[0].plainWords").value(containsString("by dana until 2026-12-01 18:00 UTC")))
			.andExpect(jsonPath("$.reasons[1].catalogueEntry").value("wechat"));
		assertThat(audited("ExemptionGranted")).isEqualTo(grantedBefore + 1);
		assertThat(newestDetails("ExemptionGranted")).contains("\"grantedBy\":\"dana\"");

		this.mvc
			.perform(post(location + "/revoke").contentType(MediaType.APPLICATION_JSON)
				.content("{\"because\": \"trial over\"}")
				.with(SignedIn.admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("REVOKED"))
			.andExpect(jsonPath("$.revokedBy").value("dana"));
		this.mvc.perform(get("/api/v1/phones/" + pixel + "/decision").with(SignedIn.admin()))
			.andExpect(jsonPath("$.verdict").value("MUST_STORE"));
		assertThat(audited("ExemptionRevoked")).isEqualTo(revokedBefore + 1);
		assertThat(newestDetails("ExemptionRevoked")).contains("\"revokedBy\":\"dana\"");
		this.mvc.perform(
				post(location + "/revoke").contentType(MediaType.APPLICATION_JSON).content("{}").with(SignedIn.admin()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("cannot be revoked while REVOKED")));
	}

	@Test
	void anExemptionForAnEmployeeCoversTheirPhones() throws Exception {
		long employee = this.jdbc.sql("SELECT employee_id FROM phone WHERE label = 'Pixel 7'")
			.query(Long.class)
			.single();
		grant("""
				{"employeeId": %d, "expiresAt": "2026-12-01T18:00:00Z", "reason": "audit"}""".formatted(employee))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.employeeId").value(employee));

		this.mvc.perform(get("/api/v1/phones/" + phone("Pixel 7") + "/decision").with(SignedIn.admin()))
			.andExpect(jsonPath("$.verdict").value("CLEAR"))
			.andExpect(jsonPath("$.reasons[0].rule").value("exemption"));
	}

	@Test
	void refusesBadExemptionsNamingFieldAndValue() throws Exception {
		long pixel = phone("Pixel 8");
		long exemptionsBefore = exemptions();
		grant("""
				{"phoneId": %d, "expiresAt": "next week", "reason": "x"}""".formatted(pixel))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("expiresAt 'next week' is not an instant like 2026-12-31T18:00:00Z"));
		grant("""
				{"phoneId": %d, "expiresAt": "2020-01-01T00:00:00Z", "reason": "x"}""".formatted(pixel))
			.andExpect(status().isBadRequest())
			.andExpect(
					jsonPath("$.detail").value(containsString("expiresAt 2020-01-01T00:00:00Z is not in the future")));
		grant("""
				{"phoneId": 9999, "expiresAt": "2026-12-01T18:00:00Z", "reason": "x"}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("phoneId 9999 is not an enrolled phone"));
		grant("""
				{"employeeId": 9999, "expiresAt": "2026-12-01T18:00:00Z", "reason": "x"}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("employeeId 9999 is not an enrolled employee"));
		grant("""
				{"phoneId": %d, "employeeId": 1, "expiresAt": "2026-12-01T18:00:00Z", "reason": "x"}"""
			.formatted(pixel)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("exactly one of phoneId and employeeId")));
		grant("""
				{"phoneId": %d, "expiresAt": "2026-12-01T18:00:00Z"}""".formatted(pixel))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("reason is missing or blank, got 'null'"));
		assertThat(exemptions()).isEqualTo(exemptionsBefore);
	}

	@Test
	void refusesABodyThatNamesWhoGrantsOrRevokesAndRecordsTheSignedInAdmin() throws Exception {
		long pixel = phone("Pixel 8");
		long exemptionsBefore = exemptions();
		grant("""
				{"phoneId": %d, "expiresAt": "2026-12-01T18:00:00Z", "grantedBy": "Eve", "reason": "x"}"""
			.formatted(pixel)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("request.actor-in-body"))
			.andExpect(jsonPath("$.detail").value(
					"The field 'grantedBy' is not taken: a change is recorded in the name of the signed-in console user"));
		assertThat(exemptions()).isEqualTo(exemptionsBefore);

		String location = grant("""
				{"phoneId": %d, "expiresAt": "2026-12-01T18:00:00Z", "reason": "x"}""".formatted(pixel))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		this.mvc
			.perform(post(location + "/revoke").contentType(MediaType.APPLICATION_JSON)
				.content("{\"revokedBy\": \"Eve\", \"because\": \"x\"}")
				.with(SignedIn.admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("'revokedBy' is not taken")));
		this.mvc.perform(get(location).with(SignedIn.admin()))
			.andExpect(jsonPath("$.state").value("ACTIVE"))
			.andExpect(jsonPath("$.grantedBy").value("dana"));
		this.mvc
			.perform(post(location + "/revoke").contentType(MediaType.APPLICATION_JSON)
				.content("{\"because\": \"x\"}")
				.with(SignedIn.admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.revokedBy").value("dana"));
		assertThat(
				this.jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE details LIKE '%Eve%'").query(Long.class).single())
			.isZero();
	}

	@Test
	void aDisplayNameFromAnIntuneReportFlagsThePhoneAsWeakerEvidence() throws Exception {
		this.mvc
			.perform(post("/api/v1/employees").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Mary Jackson\", \"badgeId\": \"B-9001\", \"pin\": \"2468\"}")
				.with(SignedIn.admin()))
			.andExpect(status().isCreated());
		long employee = this.jdbc.sql("SELECT id FROM employee WHERE badge_id = 'B-9001'").query(Long.class).single();
		this.mvc
			.perform(post("/api/v1/employees/" + employee + "/phones").contentType(MediaType.APPLICATION_JSON)
				.content("{\"label\": \"Moto G\", \"platform\": \"ANDROID\", \"mdmId\": \"moto-0001\"}")
				.with(SignedIn.admin()))
			.andExpect(status().isCreated());
		String csv = "ApplicationName,Platform,DeviceId\r\n  wechat  ,Android,moto-0001\r\nWeChat Work,Android,moto-0001\r\n";
		this.mvc.perform(
				post("/api/v1/mdm/imports?format=intune").contentType("text/csv").content(csv).with(SignedIn.admin()))
			.andExpect(status().isOk());

		this.mvc.perform(get("/api/v1/phones/" + phone("Moto G") + "/decision").with(SignedIn.admin()))
			.andExpect(jsonPath("$.verdict").value("MUST_STORE"))
			.andExpect(jsonPath("$.reasons[0].rule").value("flagged-app-by-name"))
			.andExpect(jsonPath("$.reasons[0].catalogueEntry").value("wechat"))
			.andExpect(jsonPath("$.reasons[0].source").value(containsString("weaker evidence")))
			.andExpect(jsonPath("$.reasons[*].catalogueEntry", not(hasItem("wechat-work"))))
			.andExpect(jsonPath("$.reasons[*].rule", hasItem("overdue-attestation")));
	}

	@Test
	void unknownExemptionsAre404() throws Exception {
		this.mvc.perform(get("/api/v1/policy/exemptions/4242").with(SignedIn.admin()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("Exemption 4242 does not exist"));
		this.mvc
			.perform(post("/api/v1/policy/exemptions/4242/revoke").contentType(MediaType.APPLICATION_JSON)
				.content("{\"because\": \"none\"}")
				.with(SignedIn.admin()))
			.andExpect(status().isNotFound());
	}

	@Test
	void theChecklistListsEntriesWithIdentifiersOnThePlatform() throws Exception {
		this.mvc.perform(get("/api/v1/policy/checklist").param("platform", "ANDROID").with(SignedIn.admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == 'wechat')].identifiers[*]", hasItem("com.tencent.mm")))
			.andExpect(jsonPath("$[?(@.id == 'wechat')].identifiers[*]", not(hasItem("com.tencent.xin"))))
			.andExpect(jsonPath("$[?(@.id == 'wechat')].name", hasItem("WeChat")))
			.andExpect(jsonPath("$[*].id", not(hasItem("wechat-pay"))));
		this.mvc.perform(get("/api/v1/policy/checklist").param("platform", "ios").with(SignedIn.admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == 'wechat')].identifiers[*]", hasItem("com.tencent.xin")))
			.andExpect(jsonPath("$[*].identifiers[*]", not(hasItem("com.tencent.mm"))));
		this.mvc.perform(get("/api/v1/policy/checklist").param("platform", "SYMBIAN").with(SignedIn.admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("platform 'SYMBIAN' is not ANDROID or IOS"));
		this.mvc.perform(get("/api/v1/policy/checklist").with(SignedIn.admin())).andExpect(status().isBadRequest());
	}

}
