package org.cloakroom.kiosk.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.servlet.ServletException;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.jayway.jsonpath.JsonPath;
import com.zaxxer.hikari.HikariDataSource;
import org.cloakroom.kiosk.SignedIn;
import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.SimulationIT;
import org.cloakroom.kiosk.SimulationTestSupport;
import org.cloakroom.kiosk.ble.simulated.VirtualPosition;
import org.cloakroom.kiosk.ble.simulated.VirtualRadio;
import org.cloakroom.kiosk.locker.LockerDoors;
import org.cloakroom.kiosk.locker.LockerId;
import org.cloakroom.kiosk.locker.LockerState;
import org.cloakroom.kiosk.locker.Lockers;
import org.cloakroom.kiosk.locker.SimulatedDoors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every GET endpoint of the OpenAPI document, called more times than the pool has
 * connections, gives every connection back and makes H2 report no error (H2's messages go
 * to the log here, as on the kiosk): afterwards health is UP and locker deadlines still
 * fire. The pool is small and waits only briefly, so one leaking endpoint fails here
 * within a second instead of hanging; a new GET endpoint is called as soon as it is
 * documented (one with path variables or required parameters fails, naming them, until
 * {@link #valuesByPlace} has a value for them).
 */
@SimulationIT
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:every-get;DB_CLOSE_DELAY=-1;TRACE_LEVEL_FILE=4",
		"spring.datasource.hikari.maximum-pool-size=4", "spring.datasource.hikari.connection-timeout=500" })
@AutoConfigureMockMvc
class EveryGetEndpointIT {

	@Autowired
	private LockerDoors lockerDoors;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Lockers lockers;

	@Autowired
	private SimulatedDoors doors;

	@Autowired
	private VirtualRadio radio;

	@Autowired
	private MutableClock clock;

	private final ListAppender<ILoggingEvent> h2Log = new ListAppender<>();

	@Test
	void everyGetEndpointGivesItsConnectionBackSoHealthAndLockerDeadlinesCarryOn() throws Exception {
		HikariDataSource pool = (HikariDataSource) this.dataSource;
		assertThat(pool.getLeakDetectionThreshold()).as("leak detection is on in tests").isPositive();
		Visits visits = lockersWithDeadlines();

		List<String> failures = new ArrayList<>();
		int calls = pool.getMaximumPoolSize() + 2;
		for (String url : concreteUrls(visits)) {
			for (int call = 1; call <= calls; call++) {
				String failure = failureOf(url);
				if (failure != null) {
					failures.add("GET " + url + " (call " + call + " of " + calls + ") " + failure);
					break;
				}
			}
		}

		assertThat(failures).isEmpty();
		assertThat(this.h2Log.list).as("errors H2 reported (a column mapped by a name the query does not have?)")
			.extracting(ILoggingEvent::getFormattedMessage)
			.isEmpty();
		assertThat(pool.getHikariPoolMXBean().getActiveConnections()).as("connections still borrowed").isZero();
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
		deadlinesFire(visits);
	}

	@BeforeEach
	void listenToH2() {
		this.h2Log.start();
		h2Logger().addAppender(this.h2Log);
	}

	@AfterEach
	void stopListening() {
		h2Logger().detachAppender(this.h2Log);
	}

	private static Logger h2Logger() {
		return (Logger) LoggerFactory.getLogger("h2database");
	}

	/** Why the call failed, or null when it answered 2xx. */
	private String failureOf(String url) throws Exception {
		try {
			MvcResult result = this.mvc.perform(get(url).with(SignedIn.admin())).andReturn();
			int status = result.getResponse().getStatus();
			return (status < 300) ? null : "answered " + status + ": " + result.getResponse().getContentAsString();
		}
		catch (ServletException ex) {
			return "failed: " + ex.getMessage();
		}
	}

	/**
	 * Grace's reservation and Ada's collection: both wait for a door that never opens.
	 */
	private Visits lockersWithDeadlines() throws Exception {
		SimulationTestSupport time = new SimulationTestSupport(this.clock, this.radio);
		time.walk("ada-pixel", VirtualPosition.AT_DOOR);
		String adaVisit = start("100001", "1111");
		int adaLocker = store(adaVisit);
		this.doors.openDoor(adaLocker);
		this.doors.closeDoor(adaLocker);
		assertThat(this.lockers.get(LockerId.of(adaLocker)).state()).isEqualTo(LockerState.STORED);
		long session = this.lockers.get(LockerId.of(adaLocker)).storageId().value();
		this.mvc.perform(post("/api/v1/collections").contentType(MediaType.APPLICATION_JSON).content("""
				{"badgeId": "100001", "pin": "1111"}""")).andExpect(status().isCreated());

		time.walk("grace-iphone", VirtualPosition.AT_DOOR);
		String graceVisit = start("100002", "2222");
		int graceLocker = store(graceVisit);
		assertThat(this.lockers.get(LockerId.of(adaLocker)).state()).isEqualTo(LockerState.COLLECTING);
		assertThat(this.lockers.get(LockerId.of(graceLocker)).state()).isEqualTo(LockerState.STORING);
		return new Visits(graceVisit, session, adaLocker, graceLocker);
	}

	/** Both deadlines fire at their instant and not before: relocked, and freed. */
	private void deadlinesFire(Visits visits) {
		Instant releaseDue = this.lockers.get(LockerId.of(visits.releasingLocker())).deadline();
		Instant reservationDue = this.lockers.get(LockerId.of(visits.reservedLocker())).deadline();
		Instant first = releaseDue.isBefore(reservationDue) ? releaseDue : reservationDue;
		Instant last = releaseDue.isBefore(reservationDue) ? reservationDue : releaseDue;
		assertThat(first).isAfter(this.clock.instant());

		this.clock.set(first.minusSeconds(1));
		this.lockerDoors.expireDeadlines(this.clock.instant());
		assertThat(this.lockers.get(LockerId.of(visits.releasingLocker())).state()).isEqualTo(LockerState.COLLECTING);
		assertThat(this.lockers.get(LockerId.of(visits.reservedLocker())).state()).isEqualTo(LockerState.STORING);

		this.clock.set(last);
		this.lockerDoors.expireDeadlines(this.clock.instant());
		assertThat(this.lockers.get(LockerId.of(visits.releasingLocker())).state()).isEqualTo(LockerState.STORED);
		assertThat(this.lockers.get(LockerId.of(visits.reservedLocker())).state()).isEqualTo(LockerState.FREE);
		assertThat(this.doors.isUnlocked(visits.releasingLocker())).isFalse();
		assertThat(this.doors.isUnlocked(visits.reservedLocker())).isFalse();
	}

	/**
	 * Each GET path of the OpenAPI document with its path variables and required query
	 * parameters filled from the demo data and the visits above.
	 */
	private List<String> concreteUrls(Visits visits) throws Exception {
		String document = this.mvc.perform(get("/v3/api-docs").with(SignedIn.auditor()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Map<String, String> values = valuesByPlace(visits);
		List<String> urls = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		Map<String, Map<String, Object>> paths = JsonPath.read(document, "$.paths");
		paths.forEach((path, operations) -> {
			if (operations.containsKey("get") && !ApiDocumentUrls.streams(JsonPath.read(operations, "$.get"))) {
				urls.add(ApiDocumentUrls.fill(path, values, unknown)
						+ ApiDocumentUrls.query(JsonPath.read(operations, "$.get"), values, unknown));
			}
		});
		assertThat(unknown).as("GET variables this test cannot fill yet: add an existing value to valuesByPlace")
			.isEmpty();
		assertThat(urls).as("GET endpoints in the OpenAPI document").hasSizeGreaterThan(20);
		return urls;
	}

	/**
	 * Values by the place of a variable: the path segment before it and its name
	 * ({@code phones/{id}}), or a query parameter's name ({@code ?platform}).
	 */
	private Map<String, String> valuesByPlace(Visits visits) throws Exception {
		long phone = id("SELECT MIN(phone_id) FROM ble_identity");
		return Map.ofEntries(Map.entry("phones/{id}", "" + phone),
				Map.entry("identities/{identityId}",
						"" + id("SELECT MIN(id) FROM ble_identity WHERE phone_id = " + phone)),
				Map.entry("inventories/{inventoryId}",
						"" + id("SELECT MIN(id) FROM app_inventory WHERE phone_id = " + phone)),
				Map.entry("employees/{id}", "" + id("SELECT employee_id FROM phone WHERE id = " + phone)),
				Map.entry("checkins/{checkInId}", visits.visit()), Map.entry("visits/{checkInId}", visits.visit()),
				Map.entry("collections/{storageId}", "" + visits.session()),
				Map.entry("storages/{storageId}", "" + visits.session()),
				Map.entry("lockers/{id}", "" + visits.reservedLocker()),
				Map.entry("entries/{id}",
						this.jdbc.sql("SELECT MIN(id) FROM flagged_app").query(String.class).single()),
				Map.entry("exemptions/{id}", "" + exemption()), Map.entry("users/{username}", "admin"),
				Map.entry("alerts/{id}", "" + alert(visits)), Map.entry("?platform", "ANDROID"),
				Map.entry("?format", "csv"));
	}

	private long exemption() throws Exception {
		long katherine = id("SELECT id FROM employee WHERE badge_id = '100004'");
		String location = this.mvc
			.perform(post("/api/v1/policy/exemptions").contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"employeeId": %d, "expiresAt": "2026-12-31T18:00:00Z", "reason": "leak test"}"""
					.formatted(katherine))
				.with(SignedIn.admin()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.grantedBy").value("dana"))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	/** A forced door on a locker the visits do not use: an alert on the queue. */
	private long alert(Visits visits) {
		int locker = 1;
		while (locker == visits.releasingLocker() || locker == visits.reservedLocker()) {
			locker++;
		}
		this.doors.openDoor(locker);
		this.doors.closeDoor(locker);
		return id("SELECT MAX(id) FROM alert");
	}

	private long id(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private String start(String badge, String pin) throws Exception {
		String body = this.mvc
			.perform(post("/api/v1/checkins").contentType(MediaType.APPLICATION_JSON)
				.content("{\"badgeId\": \"" + badge + "\", \"pin\": \"" + pin + "\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	private int store(String visit) throws Exception {
		String body = this.mvc.perform(post("/api/v1/checkins/" + visit + "/store"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.storage.lockerId");
	}

	private record Visits(String visit, long session, int releasingLocker, int reservedLocker) {
	}

}
