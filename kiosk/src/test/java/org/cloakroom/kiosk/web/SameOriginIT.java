package org.cloakroom.kiosk.web;

import org.junit.jupiter.api.Test;

import org.cloakroom.kiosk.SignedIn;
import org.cloakroom.kiosk.SimulationIT;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Only the kiosk's own pages (and the trusted origins) may change anything: a browser's
 * cross-site post to the kiosk's forms, the simulation panel or the API is refused with a
 * 403 that names the origin, and changes nothing; same-origin posts and scripts that send
 * no Origin pass. MockMvc's requests are addressed to {@code http://localhost}.
 */
@SimulationIT
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:same-origin;DB_CLOSE_DELAY=-1",
		"cloakroom.web.trusted-origins=https://console.example:8443" })
@AutoConfigureMockMvc
class SameOriginIT {

	private static final String EVIL = "https://evil.example";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void crossSitePostsToTheKioskFormsTheApiAndTheSimulationAreRefusedNamingTheOrigin() throws Exception {
		long before = auditEntries();
		for (MockHttpServletRequestBuilder request : changingRequests()) {
			this.mvc.perform(request.header("Sec-Fetch-Site", "cross-site").header("Origin", EVIL))
				.andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.origin").value(EVIL))
				.andExpect(jsonPath("$.detail", containsString(EVIL)));
		}
		assertThat(auditEntries()).isEqualTo(before);
	}

	@Test
	void aForeignOriginIsRefusedWhereTheBrowserSendsNoFetchMetadata() throws Exception {
		for (MockHttpServletRequestBuilder request : changingRequests()) {
			this.mvc.perform(request.header("Origin", EVIL))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.origin").value(EVIL));
		}
		this.mvc.perform(post("/kiosk/cancel").header("Origin", "http://localhost:8081"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/kiosk/cancel").header("Origin", "null")).andExpect(status().isForbidden());
		this.mvc.perform(post("/kiosk/cancel").header("Sec-Fetch-Site", "cross-site"))
			.andExpect(status().isForbidden());
	}

	@Test
	void sameOriginUserTypedAndScriptedRequestsPass() throws Exception {
		this.mvc
			.perform(post("/kiosk/cancel").header("Sec-Fetch-Site", "same-origin").header("Origin", "http://localhost"))
			.andExpect(status().isOk());
		this.mvc.perform(post("/kiosk/cancel").header("Sec-Fetch-Site", "none")).andExpect(status().isOk());
		this.mvc.perform(post("/kiosk/cancel").header("Origin", "http://LOCALHOST:80")).andExpect(status().isOk());
		this.mvc.perform(post("/api/v1/kiosk/reset")).andExpect(status().isOk());
		this.mvc
			.perform(post("/api/v1/simulation/lockers/3/door").contentType(MediaType.APPLICATION_JSON)
				.content("{\"open\": false}"))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/kiosk/simulation/lockers/3/door").param("open", "false")
				.header("Sec-Fetch-Site", "same-origin"))
			.andExpect(status().isOk());
	}

	@Test
	void aTrustedOriginPassesAndReadsAreNeverRefused() throws Exception {
		this.mvc
			.perform(post("/api/v1/kiosk/reset").header("Sec-Fetch-Site", "cross-site")
				.header("Origin", "https://console.example:8443"))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/api/v1/lockers").header("Sec-Fetch-Site", "cross-site")
				.header("Origin", EVIL)
				.with(SignedIn.officer()))
			.andExpect(status().isOk());
	}

	private static MockHttpServletRequestBuilder[] changingRequests() {
		return new MockHttpServletRequestBuilder[] { post("/kiosk/identify").param("badgeId", "100001"),
				post("/kiosk/store"), post("/kiosk/cancel"),
				post("/kiosk/simulation/lockers/1/door").param("open", "true"),
				post("/kiosk/simulation/badges/100001/tap"),
				post("/api/v1/kiosk/identify").contentType(MediaType.APPLICATION_JSON)
					.content("{\"badgeId\": \"100001\"}"),
				post("/api/v1/lockers/1/open").contentType(MediaType.APPLICATION_JSON)
					.content("{\"reason\": \"y\"}")
					.with(SignedIn.admin()),
				post("/api/v1/simulation/lockers/1/door").contentType(MediaType.APPLICATION_JSON)
					.content("{\"open\": true}"),
				post("/api/v1/catalogue/import").contentType("text/csv").content("id\n").with(SignedIn.admin()),
				post("/officer/verify").with(SignedIn.officer()) };
	}

	private long auditEntries() {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_event").query(Long.class).single();
	}

}
