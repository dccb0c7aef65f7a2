package org.cloakroom.kiosk.story;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.SignedIn;
import org.cloakroom.kiosk.SimulationIT;
import org.cloakroom.kiosk.SimulationTestSupport;
import org.cloakroom.kiosk.audit.AuditEntry;
import org.cloakroom.kiosk.audit.AuditLog;
import org.cloakroom.kiosk.ble.simulated.VirtualPosition;
import org.cloakroom.kiosk.ble.simulated.VirtualRadio;
import org.cloakroom.kiosk.checkin.CheckInView;
import org.cloakroom.kiosk.checkin.CheckIns;
import org.cloakroom.kiosk.checkin.Collections;
import org.cloakroom.kiosk.checkin.Identification;
import org.cloakroom.kiosk.locker.SimulatedDoors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Timelines of a real visit through the whole program: Ada checks in with her Pixel
 * (which must be stored for WeChat), stores it, goes in and collects it; her timeline,
 * her phone's and her locker's read in words with names, newest first, a page at a time,
 * on the API and on the console, by day and by visit.
 */
@SimulationIT
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:timelines;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class TimelinesIT {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CheckIns checkIns;

	@Autowired
	private Collections collections;

	@Autowired
	private SimulatedDoors doors;

	@Autowired
	private VirtualRadio radio;

	@Autowired
	private MutableClock clock;

	@Autowired
	private AuditLog log;

	@Autowired
	private EventWords words;

	private static Visit visit;

	/** What the visit left: the employee, her phone and the locker. */
	record Visit(long employee, long phone, int locker) {
	}

	@BeforeEach
	void adaVisitsOnce() {
		if (visit != null) {
			return;
		}
		SimulationTestSupport world = new SimulationTestSupport(this.clock, this.radio);
		world.walk("ada-pixel", VirtualPosition.AT_DOOR);
		CheckInView checkIn = this.checkIns.start(new Identification("100001", "1111"));
		checkIn = this.checkIns.store(checkIn.id());
		int locker = checkIn.storage().lockerId().value();
		this.doors.openDoor(locker);
		this.doors.closeDoor(locker);
		world.walk("ada-pixel", VirtualPosition.AWAY);
		this.clock.advance(Duration.ofHours(8));
		var collection = this.collections.start(new Identification("100001", "1111"));
		this.doors.openDoor(locker);
		this.doors.closeDoor(locker);
		assertThat(this.collections.collection(collection.storageId()).done()).isTrue();
		visit = new Visit(checkIn.employeeId().value(), checkIn.phones().get(0).phoneId().value(), locker);
	}

	@Test
	void everyEntryOfARealVisitReadsInWordsWithNames() {
		List<AuditEntry> entries = this.log.latest(AuditLog.MAX_LIMIT);
		assertThat(entries).extracting(AuditEntry::type)
			.contains("CheckInStarted", "LockerReserved", "PhonesStored", "EntryGranted", "PhonesCollected",
					"LockerFreed");

		List<StoryLine> lines = this.words.tell(entries);

		assertThat(lines).hasSameSizeAs(entries)
			.allSatisfy((line) -> assertThat(line.sentence()).as(line.type())
				.isNotBlank()
				.doesNotContain("[", "{", "employee:", "phone:", "locker:")
				.isNotEqualTo(line.type() + " about " + line.subject()));
		assertThat(lines).filteredOn((line) -> line.type().equals("CheckInStarted"))
			.first()
			.extracting(StoryLine::sentence)
			.asString()
			.startsWith("Ada Lovelace identified by badge and PIN at the door · Pixel")
			.contains(" must stay outside: WeChat (");
		assertThat(lines).filteredOn((line) -> line.type().equals("PhonesCollected"))
			.first()
			.extracting(StoryLine::sentence)
			.asString()
			.endsWith("collected from locker " + visit.locker() + " by Ada Lovelace");
	}

	@Test
	void anEmployeesTimelineIsHerStoryNewestFirstAPageAtATime() throws Exception {
		String whole = read("/api/v1/timelines/employees/" + visit.employee(), SignedIn.auditor());
		List<Integer> sequences = JsonPath.read(whole, "$.lines[*].sequence");
		List<String> types = JsonPath.read(whole, "$.lines[*].type");

		assertThat(JsonPath.<String>read(whole, "$.name")).isEqualTo("Ada Lovelace");
		assertThat(JsonPath.<String>read(whole, "$.subject")).isEqualTo("employee:" + visit.employee());
		assertThat(sequences).isSortedAccordingTo(Comparator.reverseOrder());
		assertThat(types.get(0)).isEqualTo("PhonesCollected");
		assertThat(types).containsSubsequence("PhonesCollected", "PhonesStored", "CheckInStarted");
		assertThat(JsonPath.<List<String>>read(whole, "$.lines[*].severity")).containsOnly("info");
		assertThat(JsonPath.<List<String>>read(whole, "$.lines[*].at")).allMatch((at) -> at.endsWith("Z"));
		assertThat(JsonPath.<Object>read(whole, "$.next")).isNull();

		String first = read("/api/v1/timelines/employees/" + visit.employee() + "?limit=2", SignedIn.officer());
		assertThat(JsonPath.<List<Integer>>read(first, "$.lines[*].sequence")).isEqualTo(sequences.subList(0, 2));
		int next = JsonPath.read(first, "$.next");
		String second = read("/api/v1/timelines/employees/" + visit.employee() + "?limit=2&before=" + next,
				SignedIn.admin());
		assertThat(JsonPath.<List<Integer>>read(second, "$.lines[*].sequence")).isEqualTo(sequences.subList(2, 4));
	}

	@Test
	void aPhonesAndALockersTimelinesNameThem() throws Exception {
		String phone = read("/api/v1/timelines/phones/" + visit.phone(), SignedIn.auditor());
		String locker = read("/api/v1/timelines/lockers/" + visit.locker(), SignedIn.auditor());

		assertThat(JsonPath.<String>read(phone, "$.name")).startsWith("Pixel");
		assertThat(JsonPath.<String>read(locker, "$.name")).isEqualTo("locker " + visit.locker());
		assertThat(JsonPath.<List<String>>read(locker, "$.lines[*].sentence"))
			.contains("Locker " + visit.locker() + " collected and free", "Phones locked in locker " + visit.locker());
	}

	@Test
	void somethingUnknownIsNotFoundAndABadPageIsRefusedByName() throws Exception {
		this.mvc.perform(get("/api/v1/timelines/employees/9999").with(SignedIn.auditor()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/timelines/lockers/-5").with(SignedIn.auditor())).andExpect(status().isNotFound());
		String refused = this.mvc
			.perform(get("/api/v1/timelines/employees/" + visit.employee() + "?limit=0").with(SignedIn.auditor()))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("timeline-limit-out-of-range", "1 to 500", "0 were asked for");
		this.mvc.perform(get("/api/v1/timelines/employees/" + visit.employee())).andExpect(status().isUnauthorized());
	}

	@Test
	void theConsoleFindsAnEmployeeAndTellsHerDayByVisit() throws Exception {
		String found = read("/officer/timelines?q=lovelace", SignedIn.officer());
		assertThat(found).contains("href=\"/officer/timelines/employees/" + visit.employee() + "\"",
				"Employee Ada Lovelace");
		assertThat(read("/officer/timelines?q=100001", SignedIn.auditor())).contains("Employee Ada Lovelace");

		String page = read("/officer/timelines/employees/" + visit.employee(), SignedIn.auditor());

		assertThat(page)
			.contains("Timeline of Ada Lovelace", "class=\"timeline-day\"", "Visit from ",
					"Ada Lovelace identified by badge and PIN at the door", "aria-current=\"page\"")
			.doesNotContain("employee:" + visit.employee(), "\"visitId\"");
		assertThat(page.indexOf("identified by badge and PIN")).as("a visit reads in the order it happened")
			.isLessThan(page.indexOf("collected from locker"));
		this.mvc.perform(get("/officer/timelines/robots/1").with(SignedIn.auditor())).andExpect(status().isNotFound());
		this.mvc.perform(get("/officer/timelines/employees/9999").with(SignedIn.auditor()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/officer/timelines")).andExpect(status().is3xxRedirection());
	}

	private String read(String path, RequestPostProcessor who) throws Exception {
		return this.mvc.perform(get(path).with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
