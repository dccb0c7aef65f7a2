package org.cloakroom.kiosk.web.api;

import java.time.Duration;
import java.util.List;

import org.cloakroom.kiosk.SignedIn;
import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.SimulationIT;
import org.cloakroom.kiosk.SimulationTestSupport;
import org.cloakroom.kiosk.audit.AuditEntry;
import org.cloakroom.kiosk.audit.AuditLog;
import org.cloakroom.kiosk.ble.simulated.VirtualPosition;
import org.cloakroom.kiosk.ble.simulated.VirtualRadio;
import org.cloakroom.kiosk.checkin.CheckIns;
import org.cloakroom.kiosk.checkin.Identification;
import org.cloakroom.kiosk.locker.StorageId;
import org.cloakroom.kiosk.locker.StorageStage;
import org.cloakroom.kiosk.locker.StorageEnd;
import org.cloakroom.kiosk.locker.Storages;
import org.cloakroom.kiosk.checkin.CheckInView;
import org.cloakroom.kiosk.locker.SimulatedDoors;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The admin's locker API over HTTP: remote open as a collection by the admin (the session
 * follows, the log says why and names the signed-in admin, whatever the body claims), out
 * of service and back, clearing a fault, and 4xx answers that name the problem.
 */
@SimulationIT
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:locker-admin;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class LockerAdminApiIT {

	private static final String BODY = """
			{"reason": "%s"}""";

	/** Who the log names for every change here: the signed-in admin, never the body. */
	private static final String BY_DANA = "\"by\":\"dana\"";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CheckIns checkIns;

	@Autowired
	private Storages storages;

	@Autowired
	private SimulatedDoors doors;

	@Autowired
	private AuditLog log;

	@Autowired
	private VirtualRadio radio;

	@Autowired
	private MutableClock clock;

	@Test
	void opensAnOccupiedLockerAsACollectionByTheAdminAndTheStorageFollows() throws Exception {
		new SimulationTestSupport(this.clock, this.radio).walk("grace-iphone", VirtualPosition.AT_DOOR);
		CheckInView checkIn = this.checkIns.store(this.checkIns.start(Identification.typed("100002", "2222")).id());
		int locker = checkIn.storage().lockerId().value();
		this.doors.openDoor(locker);
		this.doors.closeDoor(locker);
		StorageId storage = checkIn.storage().id();
		assertThat(this.storages.get(storage).stage()).isEqualTo(StorageStage.STORED);

		act(locker, "out-of-service", "hinge squeaks").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("Locker " + locker)))
			.andExpect(jsonPath("$.detail", containsString("STORED")));
		act(locker, "open", "owner on sick leave, phone handed to her manager").andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("COLLECTING"))
			.andExpect(jsonPath("$.adminOpen").value(true));
		assertThat(this.doors.isUnlocked(locker)).isTrue();
		assertThat(this.storages.get(storage).stage()).isEqualTo(StorageStage.COLLECTING);

		this.doors.openDoor(locker);
		this.doors.closeDoor(locker);

		assertThat(this.storages.get(storage).end()).isEqualTo(StorageEnd.COLLECTED);
		assertThat(this.doors.isUnlocked(locker)).isFalse();
		assertThat(this.log.about("locker:" + locker, 100))
			.filteredOn((entry) -> entry.type().equals("LockerOpenedByAdmin"))
			.singleElement()
			.satisfies((entry) -> {
				assertThat(entry.alert()).isTrue();
				assertThat(entry.details()).contains(BY_DANA).contains("owner on sick leave");
			});
		assertThat(types("locker:" + locker)).containsSubsequence("LockerOpenedByAdmin", "LockerReleaseStarted",
				"LockerDoorOpened", "LockerFreed");
	}

	@Test
	void takesAFreeLockerOutOfServiceSoItIsNeverReservedAndBringsItBack() throws Exception {
		act(12, "out-of-service", "lock replaced").andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("OUT_OF_SERVICE"));
		act(12, "out-of-service", "again").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("Locker 12 cannot be taken out of service while OUT_OF_SERVICE"));

		act(12, "in-service", "new lock tested").andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("FREE"));
		assertThat(types("locker:12")).containsSubsequence("LockerTakenOutOfService", "LockerReturnedToService");
		assertThat(this.log.about("locker:12", 500)).filteredOn((entry) -> entry.type().endsWith("Service"))
			.hasSize(2)
			.allSatisfy((entry) -> assertThat(entry.details()).contains(BY_DANA));
	}

	@Test
	void clearsAForcedFaultAfterInspection() throws Exception {
		this.doors.openDoor(11);
		act(11, "clear-fault", "looked").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("door reads open")));
		this.doors.closeDoor(11);

		act(11, "clear-fault", "nothing inside, strike re-aligned").andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("FREE"));
		act(11, "clear-fault", "again").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("Locker 11 cannot be cleared of a fault while FREE"));
		assertThat(types("locker:11")).containsSubsequence("LockerForced", "LockerFaultCleared");
		assertThat(this.log.about("locker:11", 500)).filteredOn((entry) -> entry.type().equals("LockerFaultCleared"))
			.singleElement()
			.satisfies((entry) -> assertThat(entry.details()).contains(BY_DANA));
	}

	@Test
	void refusesABodyThatNamesWhoActsAndRecordsTheSignedInAdminInstead() throws Exception {
		this.mvc.perform(post("/api/v1/lockers/9/open").contentType(MediaType.APPLICATION_JSON).content("""
				{"by": "Eve Admin", "reason": "someone else did it"}""").with(SignedIn.admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("request.actor-in-body"))
			.andExpect(jsonPath("$.detail")
				.value("The field 'by' is not taken: a change is recorded in the name of the signed-in console user"));
		assertThat(this.doors.isUnlocked(9)).isFalse();
		assertThat(types("locker:9")).doesNotContain("LockerOpenedByAdmin");

		act(9, "open", "cleaning").andExpect(status().isOk());

		assertThat(this.log.about("locker:9", 100)).filteredOn((entry) -> entry.type().equals("LockerOpenedByAdmin"))
			.singleElement()
			.satisfies((entry) -> assertThat(entry.details()).contains(BY_DANA).doesNotContain("Eve Admin"));
	}

	@Test
	void answersBadRequestForAMissingReasonAndNotFoundForAnUnknownLocker() throws Exception {
		act(10, "open", " ").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("reason must not be blank"));
		act(99, "open", "look").andExpect(status().isNotFound()).andExpect(jsonPath("$.detail", containsString("99")));
		this.clock.advance(Duration.ofMinutes(1));
	}

	private ResultActions act(int locker, String action, String reason) throws Exception {
		return this.mvc.perform(post("/api/v1/lockers/" + locker + "/" + action).contentType(MediaType.APPLICATION_JSON)
			.content(BODY.formatted(reason))
			.with(SignedIn.admin()));
	}

	private List<String> types(String subject) {
		return this.log.about(subject, 500).stream().map(AuditEntry::type).toList();
	}

}
