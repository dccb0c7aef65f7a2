package org.cloakroom.kiosk.web.live;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.cloakroom.kiosk.SignedIn;
import org.cloakroom.kiosk.SimulationIT;
import org.cloakroom.kiosk.alert.Alert;
import org.cloakroom.kiosk.alert.AlertFilter;
import org.cloakroom.kiosk.alert.AlertQueue;
import org.cloakroom.kiosk.audit.AuditEntry;
import org.cloakroom.kiosk.audit.AuditLog;
import org.cloakroom.kiosk.locker.SimulatedDoors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The alerts stream over a real connection: an alert an entry opened arrives once the
 * entry committed, as JSON with the entry's sequence as its id, and so does each change;
 * an entry that changed no alert sends nothing; a client that resumes is sent the alerts'
 * latest changes it missed. Who may not read alerts is refused.
 */
@SimulationIT(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:alert-stream;DB_CLOSE_DELAY=-1")
class AlertStreamIT {

	private static final int WAIT_MILLIS = 10_000;

	@LocalServerPort
	private int port;

	@Autowired
	private SimulatedDoors doors;

	@Autowired
	private AlertQueue queue;

	@Autowired
	private AuditLog log;

	@Autowired
	private LiveUpdates updates;

	@Test
	void sendsEachAlertOpenedOrChangedAfterItsEntryCommitted() throws Exception {
		int before = this.updates.openStreams();
		try (EventStreamClient client = EventStreamClient.open(this.port, "/api/v1/alerts/stream",
				"Authorization: " + SignedIn.adminBasic())) {
			assertThat(client.status()).isEqualTo(200);
			assertThat(client.header("Content-Type")).startsWith("text/event-stream");
			await().until(() -> this.updates.openStreams() > before);

			this.doors.openDoor(2);
			EventStreamClient.Event opened = client.next(WAIT_MILLIS);
			AuditEntry forced = entry("LockerForced");
			assertThat(opened.name()).isEqualTo("alert");
			assertThat(opened.id()).isEqualTo(forced.sequence());
			assertThat(opened.data()).contains("\"change\":\"opened\"", "\"type\":\"LockerForced\"",
					"\"subject\":\"locker:2\"", "\"status\":\"OPEN\"");

			this.doors.closeDoor(2);
			Alert alert = this.queue.list(AlertFilter.all(), null, 1).alerts().get(0);
			this.queue.acknowledge(alert.id(), "oscar", "looking");
			EventStreamClient.Event acknowledged = client.next(WAIT_MILLIS);
			assertThat(acknowledged.id()).as("the door closing changed no alert")
				.isEqualTo(entry("AlertAcknowledged").sequence());
			assertThat(acknowledged.data()).contains("\"change\":\"acknowledged\"", "\"by\":\"oscar\"");

			try (EventStreamClient resumed = EventStreamClient.open(this.port, "/api/v1/alerts/stream",
					"Authorization: " + SignedIn.adminBasic(), "Last-Event-ID: " + (forced.sequence() - 1))) {
				EventStreamClient.Event missed = resumed.next(WAIT_MILLIS);
				assertThat(missed.id()).as("the opening was changed since: its latest change stands for it")
					.isEqualTo(acknowledged.id());
				assertThat(missed.data()).contains("\"status\":\"ACKNOWLEDGED\"");
			}
		}
	}

	@Test
	void refusesWhoeverDoesNotSignIn() throws Exception {
		try (EventStreamClient anybody = EventStreamClient.open(this.port, "/api/v1/alerts/stream",
				"Authorization: " + SignedIn.basic("admin", "not-the-password"))) {
			assertThat(anybody.status()).isEqualTo(401);
			assertThat(anybody.header("WWW-Authenticate")).startsWith("Basic realm=");
		}
	}

	private AuditEntry entry(String type) {
		List<AuditEntry> latest = this.log.latest(20);
		return latest.stream().filter((entry) -> entry.type().equals(type)).findFirst().orElseThrow();
	}

}
