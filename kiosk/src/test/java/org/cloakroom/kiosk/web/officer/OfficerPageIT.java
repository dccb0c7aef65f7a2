package org.cloakroom.kiosk.web.officer;

import org.junit.jupiter.api.Test;

import org.cloakroom.kiosk.DatabaseOwnerLogin;
import org.cloakroom.kiosk.SignedIn;
import org.cloakroom.kiosk.SimulationIT;
import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The officer's page stays small whatever an event holds: one event with megabytes of
 * details (an import once made the page 17 MB) shows a bounded row. Its chain check says
 * whether the log is intact or where it was altered.
 */
@SimulationIT
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:edge-refusals;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class OfficerPageIT {

	/** An event as large as the one a 560,000-row import wrote. */
	@AuditType("HugeEventRecorded")
	record HugeEventRecorded(String rows) implements AuditableEvent {

		@Override
		public AuditSubject subject() {
			return AuditSubject.kiosk();
		}

	}

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ApplicationEventPublisher events;

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
	void aHugeEventIsShownAsABoundedRow() throws Exception {
		String before = page();
		this.events.publishEvent(new HugeEventRecorded("unmatched row; ".repeat(200_000)));
		String after = page();
		assertThat(after).contains("HugeEventRecorded");
		assertThat(after.length() - before.length()).isLessThan(2_000);
	}

	@Test
	void verifyingSaysTheLogIsIntactOrWhereItWasAltered() throws Exception {
		assertThat(verify()).contains("The log is intact: ").contains(" entries checked.");

		flipAlertOfTheSecondEntry();
		try {
			assertThat(verify()).contains("The log was altered at entry 2: Entry 2 was altered")
				.doesNotContain("is intact");
		}
		finally {
			flipAlertOfTheSecondEntry();
		}
	}

	private String verify() throws Exception {
		return this.mvc.perform(post("/officer/verify").with(SignedIn.officer()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private void flipAlertOfTheSecondEntry() {
		// as someone with the database file would: the log's append-only trigger goes
		// first
		this.jdbc.sql("DROP TRIGGER IF EXISTS audit_event_append_only").update();
		this.jdbc.sql("UPDATE audit_event SET alert = NOT alert WHERE sequence = 2").update();
	}

	private String page() throws Exception {
		return this.mvc.perform(get("/officer/log").with(SignedIn.officer()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
