package org.cloakroom.kiosk.web;

import org.junit.jupiter.api.Test;

import org.cloakroom.kiosk.SignedIn;
import org.cloakroom.kiosk.SimulationIT;
import org.cloakroom.kiosk.locker.Storages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The JSON API refuses bad input with a 4xx that names what was wrong, and changes
 * nothing.
 */
@SimulationIT
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:api;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class ApiIT {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Storages storages;

	@Test
	void unknownBadgeIsNotFoundAndNamesTheBadge() throws Exception {
		long before = auditEntries();
		this.mvc.perform(post("/api/v1/checkins").contentType(MediaType.APPLICATION_JSON).content("""
				{"badgeId": "999999", "pin": "1234"}"""))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail", containsString("999999")));
		assertThat(auditEntries()).isEqualTo(before);
	}

	@Test
	void unknownPhoneLockerCheckInAndEmployeeAreNotFound() throws Exception {
		this.mvc.perform(get("/api/v1/phones/4242/decision").with(SignedIn.officer()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail", containsString("4242")));
		this.mvc.perform(get("/api/v1/lockers/99").with(SignedIn.officer()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail", containsString("99")));
		this.mvc.perform(get("/api/v1/employees/77").with(SignedIn.officer()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail", containsString("77")));
		this.mvc.perform(get("/api/v1/checkins/00000000-0000-0000-0000-000000000000")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/lockers/seven").with(SignedIn.officer()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("seven")));
	}

	@Test
	void wrongPinIsRefusedCountedAndThenLockedOut() throws Exception {
		long sessionsBefore = this.storages.active().size();
		for (int attempt = 1; attempt <= 6; attempt++) {
			this.mvc.perform(post("/api/v1/collections").contentType(MediaType.APPLICATION_JSON).content("""
					{"badgeId": "100003", "pin": "0000"}"""))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.attemptsLeft").value(6 - attempt));
		}
		this.mvc.perform(post("/api/v1/collections").contentType(MediaType.APPLICATION_JSON).content("""
				{"badgeId": "100003", "pin": "3333"}"""))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(jsonPath("$.detail", containsString("100003")));
		assertThat(this.storages.active()).hasSize((int) sessionsBefore);
		assertThat(
				this.jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE type = 'PinRejected'").query(Long.class).single())
			.isEqualTo(6);
	}

	@Test
	void malformedBodiesAreBadRequestsThatSayWhatIsWrong() throws Exception {
		this.mvc.perform(post("/api/v1/checkins").contentType(MediaType.APPLICATION_JSON).content("{\"badgeId\": "))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("JSON")));
		this.mvc.perform(post("/api/v1/checkins").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("badgeId")));
		this.mvc
			.perform(post("/api/v1/simulation/phones/ada-pixel/position").contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"position": "ON_THE_MOON"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("ON_THE_MOON")));
	}

	@Test
	void collectingWithNothingStoredIsAConflictThatSaysSo() throws Exception {
		this.mvc.perform(post("/api/v1/collections").contentType(MediaType.APPLICATION_JSON).content("""
				{"badgeId": "100004", "pin": "4444"}"""))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("Katherine Johnson has no phone in a locker")));
	}

	@Test
	void apiIsDocumentedAndHealthHasBleGpioAndDatabase() throws Exception {
		this.mvc.perform(get("/v3/api-docs").with(SignedIn.auditor()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/checkins']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/simulation/restart']").exists());
		this.mvc.perform(get("/actuator/health").with(SignedIn.auditor()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components.ble.status").value("UP"))
			.andExpect(jsonPath("$.components.gpio.status").value("UP"))
			.andExpect(jsonPath("$.components.db.status").value("UP"));
	}

	private long auditEntries() {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_event").query(Long.class).single();
	}

}
