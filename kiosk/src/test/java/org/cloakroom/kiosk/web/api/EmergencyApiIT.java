package org.cloakroom.kiosk.web.api;

import java.util.List;
import java.util.stream.IntStream;

import com.jayway.jsonpath.JsonPath;
import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.SignedIn;
import org.cloakroom.kiosk.SimulationIT;
import org.cloakroom.kiosk.SimulationTestSupport;
import org.cloakroom.kiosk.alert.Alert;
import org.cloakroom.kiosk.alert.AlertFilter;
import org.cloakroom.kiosk.alert.AlertQueue;
import org.cloakroom.kiosk.alert.AlertSeverity;
import org.cloakroom.kiosk.audit.AuditEntry;
import org.cloakroom.kiosk.audit.AuditLog;
import org.cloakroom.kiosk.ble.simulated.VirtualPosition;
import org.cloakroom.kiosk.ble.simulated.VirtualRadio;
import org.cloakroom.kiosk.checkin.CheckInView;
import org.cloakroom.kiosk.checkin.CheckIns;
import org.cloakroom.kiosk.checkin.Identification;
import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.locker.AreaDoor;
import org.cloakroom.kiosk.locker.EmergencyRelease;
import org.cloakroom.kiosk.locker.LockerDoors;
import org.cloakroom.kiosk.locker.LockerId;
import org.cloakroom.kiosk.locker.LockerRefusal;
import org.cloakroom.kiosk.locker.LockerState;
import org.cloakroom.kiosk.locker.Lockers;
import org.cloakroom.kiosk.locker.SimulatedDoors;
import org.cloakroom.kiosk.locker.StorageId;
import org.cloakroom.kiosk.locker.StorageStage;
import org.cloakroom.kiosk.locker.Storages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloakroom.kiosk.RefusalAssertions.assertRefusal;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The emergency release over HTTP and from the fire-alarm input on Pi4J's mock provider:
 * every lock and the area door let go, audited as a CRITICAL alert, new check-ins
 * refused, a stored phone still recorded; the return to normal only by an admin and only
 * once the input reads clear, after which the locks follow their lockers' states again.
 */
@SimulationIT
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:emergency-api;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class EmergencyApiIT {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private SimulatedDoors doors;

	@Autowired
	private EmergencyRelease emergency;

	@Autowired
	private Lockers lockers;

	@Autowired
	private AreaDoor areaDoor;

	@Autowired
	private LockerDoors lockerDoors;

	@Autowired
	private Storages storages;

	@Autowired
	private CheckIns checkIns;

	@Autowired
	private AuditLog log;

	@Autowired
	private AlertQueue alerts;

	@Autowired
	private VirtualRadio radio;

	@Autowired
	private MutableClock clock;

	@AfterEach
	void backToNormal() {
		this.doors.setFireAlarm(false);
		if (this.emergency.current().isPresent()) {
			this.emergency.returnToNormal("cleanup", "test over");
		}
	}

	@Test
	void theFireAlarmInputLetsEveryLockAndTheAreaDoorGoAndOnlyAnAdminEndsItOnceItReadsClear() throws Exception {
		int stored = storeAPhone("grace-iphone", "100002", "2222");
		assertThat(this.doors.isUnlocked(stored)).isFalse();

		this.doors.setFireAlarm(true);

		assertThat(this.emergency.current()).hasValueSatisfying((view) -> {
			assertThat(view.fromFireAlarm()).isTrue();
			assertThat(view.inputActive()).isTrue();
		});
		assertThat(allLockers()).allSatisfy((locker) -> assertThat(this.doors.isUnlocked(locker)).isTrue());
		assertThat(this.doors.isAreaDoorHeldReleased()).isTrue();
		AuditEntry started = this.log.about("kiosk", 50)
			.stream()
			.filter((entry) -> entry.type().equals("EmergencyReleaseStarted"))
			.reduce((first, second) -> second)
			.orElseThrow();
		assertThat(started.alert()).isTrue();
		assertThat(started.details()).contains("\"cause\":\"FIRE_ALARM\"");
		assertThat(JsonPath.<List<Integer>>read(started.details(), "$.lockersHoldingPhones")).contains(stored);
		assertThat(alertRaisedBy(started).severity()).isEqualTo(AlertSeverity.CRITICAL);
		assertThat(alertRaisedBy(started).episode().ended()).isFalse();
		this.mvc.perform(get("/api/v1/emergency").with(SignedIn.officer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.inForce").value(true))
			.andExpect(jsonPath("$.fromFireAlarm").value(true))
			.andExpect(jsonPath("$.inputActive").value(true));

		end(SignedIn.admin(), "all clear").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("emergency-input-active"));
		end(SignedIn.officer(), "all clear").andExpect(status().isForbidden());
		this.doors.setFireAlarm(false);
		end(SignedIn.officer(), "all clear").andExpect(status().isForbidden());
		assertThat(this.emergency.current()).isPresent();

		end(SignedIn.admin(), "fire brigade gave the all clear").andExpect(status().isOk())
			.andExpect(jsonPath("$.inForce").value(false));

		assertThat(this.emergency.current()).isEmpty();
		assertThat(this.doors.isAreaDoorHeldReleased()).isFalse();
		assertThat(allLockers()).allSatisfy((locker) -> assertThat(this.doors.isUnlocked(locker)).isFalse());
		assertThat(this.lockers.get(LockerId.of(stored)).state()).isEqualTo(LockerState.STORED);
		assertThat(this.log.about("kiosk", 50)).filteredOn((entry) -> entry.type().equals("EmergencyReleaseEnded"))
			.last()
			.satisfies((entry) -> assertThat(entry.details()).contains("\"by\":\"dana\"")
				.contains("fire brigade gave the all clear"));
		assertThat(alertRaisedBy(started).episode().ended()).isTrue();
	}

	@Test
	void anAdminsEmergencyOpenNeedsTheTypedConfirmationAndRefusesNewCheckInsWhileInForce() throws Exception {
		open(SignedIn.admin(), "open all lockers", "drill").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("emergency-confirmation"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("OPEN ALL")));
		open(SignedIn.officer(), "OPEN ALL", "drill").andExpect(status().isForbidden());
		assertThat(this.emergency.current()).isEmpty();

		open(SignedIn.admin(), "OPEN ALL", "gas leak in the east wing").andExpect(status().isOk())
			.andExpect(jsonPath("$.inForce").value(true))
			.andExpect(jsonPath("$.by").value("dana"))
			.andExpect(jsonPath("$.reason").value("gas leak in the east wing"));
		open(SignedIn.admin(), "OPEN ALL", "again").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("emergency-already-in-force"));

		assertThat(allLockers()).allSatisfy((locker) -> assertThat(this.doors.isUnlocked(locker)).isTrue());
		int pulses = this.doors.areaDoorReleases();
		this.areaDoor.release(EmployeeId.of(1), "an entry granted just before the release");
		assertThat(this.doors.areaDoorReleases()).as("no pulse whose end would shut the held door").isEqualTo(pulses);
		assertThat(this.doors.isAreaDoorHeldReleased()).isTrue();
		new SimulationTestSupport(this.clock, this.radio).walk("grace-iphone", VirtualPosition.AT_DOOR);
		assertRefusal(LockerRefusal.class, () -> this.checkIns.start(Identification.typed("100002", "2222")))
			.contains("emergency release is in force");
		this.mvc
			.perform(post("/api/v1/lockers/3/out-of-service").with(SignedIn.admin())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\": \"during the drill\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("emergency-release"));

		end(SignedIn.admin(), "drill over").andExpect(status().isOk());
		assertThat(allLockers()).allSatisfy((locker) -> assertThat(this.doors.isUnlocked(locker)).isFalse());
		end(SignedIn.admin(), "again").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("emergency-not-in-force"));
	}

	@Test
	void aStoredLockerOpenedDuringTheReleaseIsNotForcedKeepsItsStorageAndIsWatchedAfterwards() throws Exception {
		int stored = storeAPhone("ada-pixel", "100001", "1111");
		StorageId storage = this.lockers.get(LockerId.of(stored)).storageId();
		open(SignedIn.admin(), "OPEN ALL", "evacuation").andExpect(status().isOk());

		this.doors.openDoor(stored);
		this.clock.advance(java.time.Duration.ofMinutes(10));
		this.lockerDoors.watchDoors(this.clock.instant());

		assertThat(this.lockers.get(LockerId.of(stored)).state()).isEqualTo(LockerState.STORED);
		assertThat(this.doors.isUnlocked(stored)).isTrue();
		assertThat(this.log.about("locker:" + stored, 50)).extracting(AuditEntry::type)
			.doesNotContain("LockerForced", "LockerDoorHeldOpen");

		end(SignedIn.admin(), "everyone back").andExpect(status().isOk());
		this.lockerDoors.watchDoors(this.clock.instant());

		assertThat(this.doors.isUnlocked(stored)).isFalse();
		assertThat(this.storages.get(storage).stage()).isEqualTo(StorageStage.STORED);
		assertThat(this.log.about("locker:" + stored, 50)).extracting(AuditEntry::type).contains("LockerDoorHeldOpen");
		this.doors.closeDoor(stored);
		assertThat(this.lockers.get(LockerId.of(stored)).state()).isEqualTo(LockerState.STORED);
	}

	private int storeAPhone(String phone, String badge, String pin) {
		new SimulationTestSupport(this.clock, this.radio).walk(phone, VirtualPosition.AT_DOOR);
		CheckInView checkIn = this.checkIns.store(this.checkIns.start(Identification.typed(badge, pin)).id());
		int locker = checkIn.storage().lockerId().value();
		this.doors.setOccupied(locker, true);
		this.doors.openDoor(locker);
		this.doors.closeDoor(locker);
		return locker;
	}

	private Alert alertRaisedBy(AuditEntry entry) {
		return this.alerts.list(AlertFilter.all(), null, 100)
			.alerts()
			.stream()
			.filter((alert) -> alert.raisedBySequence() == entry.sequence())
			.findFirst()
			.orElseThrow();
	}

	private static List<Integer> allLockers() {
		return IntStream.rangeClosed(1, 12).boxed().toList();
	}

	private ResultActions open(RequestPostProcessor who, String confirmation, String reason) throws Exception {
		return this.mvc.perform(post("/api/v1/emergency/open").with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"confirmation\": \"" + confirmation + "\", \"reason\": \"" + reason + "\"}"));
	}

	private ResultActions end(RequestPostProcessor who, String note) throws Exception {
		return this.mvc.perform(post("/api/v1/emergency/end").with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"note\": \"" + note + "\"}"));
	}

}
