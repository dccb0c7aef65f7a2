package org.cloakroom.kiosk.web.api;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.cloakroom.kiosk.DatabaseOwnerLogin;
import org.cloakroom.kiosk.SignedIn;
import org.cloakroom.kiosk.SimulationIT;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The chain check answers one JSON shape whatever the outcome, the one scripts already
 * read: intact, entriesChecked, firstBadSequence and problem.
 */
@SimulationIT
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:audit-api;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class AuditApiIT {

	@Autowired
	private MockMvc mvc;

	/**
	 * The database's owner: only the owner may drop the log's triggers, as an attacker
	 * would.
	 */
	private JdbcClient jdbc;

	@Autowired
	void connectAsOwner(ApplicationContext context) {
		this.jdbc = DatabaseOwnerLogin.jdbcClient(context);
	}

	@Test
	void answersTheSameShapeForAnIntactAndABrokenChain() throws Exception {
		this.mvc.perform(get("/api/v1/audit/verification").with(SignedIn.auditor()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(7))
			.andExpect(jsonPath("$.intact").value(true))
			.andExpect(jsonPath("$.entriesChecked").value(greaterThan(1)))
			.andExpect(jsonPath("$.firstBadSequence").isEmpty())
			.andExpect(jsonPath("$.checkpoint").isEmpty())
			.andExpect(jsonPath("$.problem").isEmpty());

		flipAlertOfTheSecondEntry();
		try {
			this.mvc.perform(get("/api/v1/audit/verification").with(SignedIn.auditor()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.length()").value(7))
				.andExpect(jsonPath("$.intact").value(false))
				.andExpect(jsonPath("$.entriesChecked").value(1))
				.andExpect(jsonPath("$.firstBadSequence").value(2))
				.andExpect(jsonPath("$.checkpoint").isEmpty())
				.andExpect(jsonPath("$.problem").value(startsWith("Entry 2 was altered")));
		}
		finally {
			flipAlertOfTheSecondEntry();
		}
	}

	@Test
	void findsEntriesBySubjectAsTheLogRecordsIt() throws Exception {
		String newest = this.mvc.perform(get("/api/v1/audit/events?limit=1").with(SignedIn.auditor()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String subject = JsonPath.read(newest, "$[0].subject");

		this.mvc.perform(get("/api/v1/audit/events").param("subject", subject).with(SignedIn.auditor()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(greaterThan(0)))
			.andExpect(jsonPath("$[*].subject").value(everyItem(equalTo(subject))));
	}

	private void flipAlertOfTheSecondEntry() {
		// as someone with the database file would: the log's append-only trigger goes
		// first
		this.jdbc.sql("DROP TRIGGER IF EXISTS audit_event_append_only").update();
		this.jdbc.sql("UPDATE audit_event SET alert = NOT alert WHERE sequence = 2").update();
	}

}
