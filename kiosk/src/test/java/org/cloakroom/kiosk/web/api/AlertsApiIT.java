package org.cloakroom.kiosk.web.api;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.cloakroom.kiosk.SignedIn;
import org.cloakroom.kiosk.SimulationIT;
import org.cloakroom.kiosk.audit.AuditLog;
import org.cloakroom.kiosk.locker.SimulatedDoors;
import org.cloakroom.kiosk.security.ConsoleRole;
import org.cloakroom.kiosk.security.ConsoleUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The alerts queue over HTTP, as each role: an auditor reads alerts and counts but may
 * not work them; an officer and an admin acknowledge, assign and resolve in their own
 * name (never a name the body claims); refusals are problem details with a code and
 * words.
 */
@SimulationIT
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:alerts-api;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class AlertsApiIT {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private SimulatedDoors doors;

	@Autowired
	private AuditLog log;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ConsoleUsers users;

	@BeforeEach
	void emptyQueueAndAnOfficerToAssign() {
		this.jdbc.sql("DELETE FROM alert").update();
		if (this.users.list().stream().noneMatch((user) -> user.username().equals("olivia"))) {
			this.users.create("olivia", ConsoleRole.OFFICER, "temporary-olivia", "admin");
		}
	}

	@Test
	void aForcedDoorIsOnTheQueueForEveryRoleToRead() throws Exception {
		long id = forceLocker(3);

		for (RequestPostProcessor reader : new RequestPostProcessor[] { SignedIn.auditor(), SignedIn.officer(),
				SignedIn.admin() }) {
			this.mvc.perform(get("/api/v1/alerts").with(reader))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.alerts", hasSize(1)))
				.andExpect(jsonPath("$.alerts[0].id").value(id))
				.andExpect(jsonPath("$.alerts[0].type").value("LockerForced"))
				.andExpect(jsonPath("$.alerts[0].subject").value("locker:3"))
				.andExpect(jsonPath("$.alerts[0].severity").value("HIGH"))
				.andExpect(jsonPath("$.alerts[0].status").value("OPEN"))
				.andExpect(jsonPath("$.nextBefore").doesNotExist());
		}
		this.mvc.perform(get("/api/v1/alerts/counts").with(SignedIn.auditor()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.open").value(1))
			.andExpect(jsonPath("$.acknowledged").value(0));
		this.mvc.perform(get("/api/v1/alerts/" + id).with(SignedIn.auditor()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.raisedBySequence").value(this.log.latest(50)
				.stream()
				.filter((entry) -> entry.type().equals("LockerForced"))
				.findFirst()
				.orElseThrow()
				.sequence()));
		this.mvc.perform(get("/api/v1/alerts?status=OPEN&severity=HIGH&type=LockerForced").with(SignedIn.auditor()))
			.andExpect(jsonPath("$.alerts", hasSize(1)));
		this.mvc.perform(get("/api/v1/alerts?status=RESOLVED").with(SignedIn.auditor()))
			.andExpect(jsonPath("$.alerts", hasSize(0)));
	}

	@Test
	void anAuditorMayNotWorkAnAlert() throws Exception {
		long id = forceLocker(4);

		step(id, "acknowledgement", "{\"note\": \"mine\"}", SignedIn.auditor()).andExpect(status().isForbidden());
		step(id, "assignment", "{\"assignee\": \"olivia\"}", SignedIn.auditor()).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/alerts/" + id).with(SignedIn.auditor()))
			.andExpect(jsonPath("$.status").value("OPEN"));
	}

	@Test
	void anOfficerAcknowledgesAssignsAndResolvesInTheirOwnName() throws Exception {
		long id = forceLocker(5);

		step(id, "acknowledgement", "{\"note\": \"going to look\"}", SignedIn.officer()).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACKNOWLEDGED"))
			.andExpect(jsonPath("$.acknowledged.by").value("oscar"))
			.andExpect(jsonPath("$.acknowledged.note").value("going to look"));
		step(id, "assignment", "{\"assignee\": \"olivia\"}", SignedIn.admin()).andExpect(status().isOk())
			.andExpect(jsonPath("$.assignee").value("olivia"));
		assertThat(this.log.latest(1).get(0).details()).contains("\"by\":\"dana\"", "\"assignee\":\"olivia\"");
		this.mvc.perform(get("/api/v1/alerts?assignee=olivia").with(SignedIn.auditor()))
			.andExpect(jsonPath("$.alerts[0].id").value(id));
		step(id, "resolution", "{\"note\": \"door re-seated\"}", SignedIn.officer()).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RESOLVED"))
			.andExpect(jsonPath("$.resolved.by").value("oscar"));
		this.mvc.perform(get("/api/v1/alerts/counts").with(SignedIn.officer()))
			.andExpect(jsonPath("$.resolved").value(1));
	}

	@Test
	void refusalsAreProblemDetailsWithACodeAndWords() throws Exception {
		long id = forceLocker(6);

		step(id, "acknowledgement", "{\"note\": \"x\", \"by\": \"someone-else\"}", SignedIn.officer())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("'by'")));
		step(id, "resolution", "{\"note\": \"early\"}", SignedIn.officer()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("alert-not-acknowledged"))
			.andExpect(jsonPath("$.detail").value("Alert " + id + " is OPEN: acknowledge it before resolving it"));
		step(id, "acknowledgement", "{}", SignedIn.officer()).andExpect(status().isOk());
		step(id, "resolution", "{}", SignedIn.officer()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("alert-note-required"));
		step(id, "assignment", "{\"assignee\": \"aude\"}", SignedIn.officer()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("alert-assignee-unknown"));
		step(id, "resolution", "{\"note\": \"done\"}", SignedIn.officer()).andExpect(status().isOk());
		step(id, "resolution", "{\"note\": \"done again\"}", SignedIn.officer()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("alert-already-resolved"))
			.andExpect(jsonPath("$.detail").value("Alert " + id + " was resolved already: it is RESOLVED"));
		this.mvc.perform(get("/api/v1/alerts/424242").with(SignedIn.auditor()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("Alert 424242 does not exist"));
		this.mvc.perform(get("/api/v1/alerts?status=SNOOZED").with(SignedIn.auditor()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("SNOOZED")))
			.andExpect(jsonPath("$.detail", containsString("status")));
		this.mvc.perform(get("/api/v1/alerts?limit=0").with(SignedIn.auditor()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("alert-limit"));
	}

	@Test
	void pagesFollowOneAnotherWithoutGapsOrRepeats() throws Exception {
		long first = forceLocker(1);
		long second = forceLocker(2);
		long third = forceLocker(7);

		String page = this.mvc.perform(get("/api/v1/alerts?limit=2").with(SignedIn.auditor()))
			.andExpect(jsonPath("$.alerts[*].id").value(org.hamcrest.Matchers.contains((int) third, (int) second)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Number next = JsonPath.read(page, "$.nextBefore");
		this.mvc.perform(get("/api/v1/alerts?limit=2&before=" + next).with(SignedIn.auditor()))
			.andExpect(jsonPath("$.alerts[*].id").value(org.hamcrest.Matchers.contains((int) first)))
			.andExpect(jsonPath("$.nextBefore").doesNotExist());
	}

	/**
	 * Opens a free, locked locker's door as nobody may: a forced door, an alert entry.
	 */
	private long forceLocker(int locker) throws Exception {
		this.doors.openDoor(locker);
		this.doors.closeDoor(locker);
		String body = this.mvc.perform(get("/api/v1/alerts?type=LockerForced&limit=1").with(SignedIn.auditor()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<String>read(body, "$.alerts[0].subject")).isEqualTo("locker:" + locker);
		return JsonPath.<Number>read(body, "$.alerts[0].id").longValue();
	}

	private ResultActions step(long id, String step, String body, RequestPostProcessor who) throws Exception {
		return this.mvc.perform(post("/api/v1/alerts/" + id + "/" + step).contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(who));
	}

}
