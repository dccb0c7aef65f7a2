package org.cloakroom.kiosk.web.admin;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.cloakroom.kiosk.SignedIn;
import org.cloakroom.kiosk.SimulationIT;
import org.cloakroom.kiosk.policy.AreaPolicyAdministration;
import org.cloakroom.kiosk.policy.AreaPolicySetting;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The policy page: every setting with its words and the effect of its value; a change
 * saved there decides the next phone and is audited in the signed-in admin's name; an
 * exemption granted and revoked there, each audited by the admin; a revocation without a
 * reason and a value a setting does not take are refused in words, changing nothing. For
 * admins only.
 */
@SimulationIT
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:admin-policy-page;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class PolicyPageIT {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private AreaPolicyAdministration policy;

	@AfterEach
	void backToConfiguration() {
		this.policy.reset(List.of(AreaPolicySetting.values()), "dana");
	}

	@Test
	void showsEverySettingWithItsWordsAndTheEffectOfItsValue() throws Exception {
		String page = page();
		assertThat(page)
			.contains("Which phones must be stored", "Phones with a flagged app",
					"A phone must be stored when it carries an app the catalogue says must be stored",
					"An app inventory older than 90d is stale", "The configuration (cloakroom.policy.mode)",
					"Pixel 8 of Ada Lovelace")
			.doesNotContain("??");
		for (AreaPolicySetting setting : AreaPolicySetting.values()) {
			assertThat(page).contains("name=\"" + setting.key() + "\"");
		}
	}

	@Test
	void aChangeSavedOnThePageDecidesTheNextPhoneAuditedByTheAdmin() throws Exception {
		long galaxy = phone("Galaxy S23");
		long before = audited("AreaPolicyChanged");
		this.mvc.perform(post("/admin/policy/area").param("mode", "ALL_PHONES").with(SignedIn.admin()))
			.andExpect(redirectedUrl("/admin/policy"))
			.andExpect(flash().attribute("done", "The area policy is saved; the next phone is decided by it."));

		this.mvc.perform(get("/api/v1/phones/" + galaxy + "/decision").with(SignedIn.admin()))
			.andExpect(jsonPath("$.verdict").value("MUST_STORE"));
		assertThat(audited("AreaPolicyChanged")).isEqualTo(before + 1);
		assertThat(newestDetails("AreaPolicyChanged")).contains("\"by\":\"dana\"");
		assertThat(page()).contains("Every phone must be stored, whatever apps it carries.",
				"Set on the console by dana at ");

		this.mvc.perform(post("/admin/policy/area/reset").param("setting", "mode").with(SignedIn.admin()))
			.andExpect(redirectedUrl("/admin/policy"));
		this.mvc.perform(get("/api/v1/phones/" + galaxy + "/decision").with(SignedIn.admin()))
			.andExpect(jsonPath("$.verdict").value("CLEAR"));
		assertThat(audited("AreaPolicyChanged")).isEqualTo(before + 2);
	}

	@Test
	void aValueASettingDoesNotTakeIsRefusedInWords() throws Exception {
		long before = audited("AreaPolicyChanged");
		String page = this.mvc
			.perform(post("/admin/policy/area").param("mode", "ALL_PHONES")
				.param("inventory-max-age", "soon")
				.with(SignedIn.admin()))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("The area policy&#39;s inventory-max-age takes a duration");
		assertThat(audited("AreaPolicyChanged")).isEqualTo(before);
		assertThat(this.policy.current().mode().name()).isEqualTo("FLAGGED_APPS_ONLY");
	}

	@Test
	void anExemptionGrantedAndRevokedOnThePageIsAuditedByTheAdmin() throws Exception {
		long galaxy = phone("Pixel 8");
		this.mvc
			.perform(post("/admin/policy/exemptions").param("phoneId", String.valueOf(galaxy))
				.param("expiresAt", "2026-12-24T18:00")
				.param("reason", "visiting the lab")
				.with(SignedIn.admin()))
			.andExpect(redirectedUrl("/admin/policy"));
		long id = this.jdbc.sql("SELECT MAX(id) FROM policy_exemption").query(Long.class).single();
		assertThat(newestDetails("ExemptionGranted")).contains("\"grantedBy\":\"dana\"", "visiting the lab",
				"2026-12-24T18:00:00Z");
		this.mvc.perform(get("/api/v1/phones/" + galaxy + "/decision").with(SignedIn.admin()))
			.andExpect(jsonPath("$.verdict").value("CLEAR"));

		String refused = this.mvc
			.perform(post("/admin/policy/exemptions/" + id + "/revoke").param("because", " ").with(SignedIn.admin()))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("Say why exemption " + id + " is revoked.");

		this.mvc
			.perform(post("/admin/policy/exemptions/" + id + "/revoke").param("because", "visit over")
				.with(SignedIn.admin()))
			.andExpect(redirectedUrl("/admin/policy"));
		assertThat(newestDetails("ExemptionRevoked")).contains("\"revokedBy\":\"dana\"", "visit over");
		this.mvc.perform(get("/api/v1/phones/" + galaxy + "/decision").with(SignedIn.admin()))
			.andExpect(jsonPath("$.verdict").value("MUST_STORE"));
		assertThat(page()).contains("Revoked", "by dana at ");
	}

	@Test
	void onlyAdminsSeeOrUseThePage() throws Exception {
		this.mvc.perform(get("/admin/policy").with(SignedIn.officer())).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/policy/area").param("mode", "ALL_PHONES").with(SignedIn.officer()))
			.andExpect(status().isForbidden());
		assertThat(this.policy.current().mode().name()).isEqualTo("FLAGGED_APPS_ONLY");
	}

	private String page() throws Exception {
		return this.mvc.perform(get("/admin/policy").with(SignedIn.admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private long phone(String label) {
		return this.jdbc.sql("SELECT id FROM phone WHERE label = ?").param(label).query(Long.class).single();
	}

	private long audited(String type) {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE type = ?").param(type).query(Long.class).single();
	}

	private String newestDetails(String type) {
		return this.jdbc.sql("SELECT details FROM audit_event WHERE type = ? ORDER BY sequence DESC LIMIT 1")
			.param(type)
			.query(String.class)
			.single();
	}

}
