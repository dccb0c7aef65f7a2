package org.cloakroom.kiosk.web.api;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The area policy at run time through the API: an admin's change is in force for the next
 * decision, audited with the policy before and after and the admin's name, and a reset
 * gives the setting back to the configuration; officers read it and may not change it; a
 * value a setting does not take is refused naming both, changing nothing.
 */
@SimulationIT
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:area-policy-api;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class AreaPolicyApiIT {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@AfterEach
	void backToConfiguration() throws Exception {
		reset("{}", SignedIn.admin()).andExpect(status().isOk());
	}

	@Test
	void anAdminsChangeDecidesTheNextPhoneAndIsAuditedInTheAdminsName() throws Exception {
		long galaxy = phone("Galaxy S23");
		decision(galaxy).andExpect(jsonPath("$.verdict").value("CLEAR"));
		long before = audited();

		change("""
				{"mode": "ALL_PHONES"}""", SignedIn.admin()).andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.key == 'mode')].value").value("ALL_PHONES"))
			.andExpect(jsonPath("$[?(@.key == 'mode')].configured").value("FLAGGED_APPS_ONLY"))
			.andExpect(jsonPath("$[?(@.key == 'mode')].changedBy").value("dana"))
			.andExpect(jsonPath("$[?(@.key == 'no-inventory')].setOnConsole").value(false));

		decision(galaxy).andExpect(jsonPath("$.verdict").value("MUST_STORE"));
		assertThat(audited()).isEqualTo(before + 1);
		String details = newestDetails();
		assertThat(JsonPath.<String>read(details, "$.by")).isEqualTo("dana");
		assertThat(JsonPath.<List<String>>read(details, "$.changes"))
			.containsExactly("mode: FLAGGED_APPS_ONLY -> ALL_PHONES");
		assertThat(JsonPath.<String>read(details, "$.before.mode")).isEqualTo("FLAGGED_APPS_ONLY");
		assertThat(JsonPath.<String>read(details, "$.after.mode")).isEqualTo("ALL_PHONES");
		assertThat(JsonPath.<String>read(details, "$.after.noInventory")).isEqualTo("MUST_STORE");

		reset("""
				{"settings": ["mode"]}""", SignedIn.admin()).andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.key == 'mode')].value").value("FLAGGED_APPS_ONLY"))
			.andExpect(jsonPath("$[?(@.key == 'mode')].setOnConsole").value(false));
		decision(galaxy).andExpect(jsonPath("$.verdict").value("CLEAR"));
		assertThat(audited()).isEqualTo(before + 2);
		assertThat(newestDetails()).contains("mode: ALL_PHONES -> FLAGGED_APPS_ONLY (configuration)")
			.contains("\"by\":\"dana\"");
	}

	@Test
	void aSettingGivenItsValueNowChangesNothingAndIsNotAudited() throws Exception {
		long before = audited();
		change("""
				{"mode": "FLAGGED_APPS_ONLY", "inventoryMaxAge": "90d"}""", SignedIn.admin()).andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.key == 'mode')].setOnConsole").value(false));
		assertThat(audited()).isEqualTo(before);
	}

	@Test
	void aValueTheSettingDoesNotTakeIsRefusedNamingBothAndChangesNothing() throws Exception {
		long before = audited();
		change("""
				{"staleInventory": "MUST_STORE", "mode": "SOME_PHONES"}""", SignedIn.admin())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail")
				.value("The area policy's mode takes one of FLAGGED_APPS_ONLY, ALL_PHONES, got 'SOME_PHONES'"));
		change("""
				{"inventoryMaxAge": "-3d"}""", SignedIn.admin()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("The area policy's inventory-max-age takes a duration from 1 second "
					+ "to 3653 days, such as 30d, got '-3d'"));
		reset("""
				{"settings": ["colour"]}""", SignedIn.admin()).andExpect(status().isBadRequest());
		settings(SignedIn.admin()).andExpect(jsonPath("$[?(@.key == 'stale-inventory')].value").value("WARN"));
		assertThat(audited()).isEqualTo(before);
	}

	@Test
	void aBodyNamingWhoActsIsRefused() throws Exception {
		change("""
				{"mode": "ALL_PHONES", "changedBy": "mallory"}""", SignedIn.admin()).andExpect(status().isBadRequest());
		settings(SignedIn.admin()).andExpect(jsonPath("$[?(@.key == 'mode')].value").value("FLAGGED_APPS_ONLY"));
	}

	@Test
	void officersReadThePolicyAndOnlyAdminsChangeIt() throws Exception {
		settings(SignedIn.officer()).andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(8))
			.andExpect(jsonPath("$[?(@.key == 'inventory-max-age')].value").value("90d"))
			.andExpect(jsonPath("$[?(@.key == 'inventory-max-age')].property")
				.value("cloakroom.policy.inventory-max-age"));
		settings(SignedIn.auditor()).andExpect(status().isForbidden());
		change("""
				{"mode": "ALL_PHONES"}""", SignedIn.officer()).andExpect(status().isForbidden());
		reset("{}", SignedIn.officer()).andExpect(status().isForbidden());
		settings(SignedIn.admin()).andExpect(jsonPath("$[?(@.key == 'mode')].value").value("FLAGGED_APPS_ONLY"));
	}

	private ResultActions settings(RequestPostProcessor who) throws Exception {
		return this.mvc.perform(get("/api/v1/policy/area").with(who));
	}

	private ResultActions change(String body, RequestPostProcessor who) throws Exception {
		return this.mvc
			.perform(put("/api/v1/policy/area").contentType(MediaType.APPLICATION_JSON).content(body).with(who));
	}

	private ResultActions reset(String body, RequestPostProcessor who) throws Exception {
		return this.mvc
			.perform(post("/api/v1/policy/area/reset").contentType(MediaType.APPLICATION_JSON).content(body).with(who));
	}

	private ResultActions decision(long phone) throws Exception {
		return this.mvc.perform(get("/api/v1/phones/" + phone + "/decision").with(SignedIn.admin()));
	}

	private long phone(String label) {
		return this.jdbc.sql("SELECT id FROM phone WHERE label = ?").param(label).query(Long.class).single();
	}

	private long audited() {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE type = 'AreaPolicyChanged'")
			.query(Long.class)
			.single();
	}

	private String newestDetails() {
		return this.jdbc
			.sql("SELECT details FROM audit_event WHERE type = 'AreaPolicyChanged' ORDER BY sequence DESC LIMIT 1")
			.query(String.class)
			.single();
	}

}
