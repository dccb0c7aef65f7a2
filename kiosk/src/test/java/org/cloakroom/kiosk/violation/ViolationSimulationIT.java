package org.cloakroom.kiosk.violation;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.SimulationIT;
import org.cloakroom.kiosk.SimulationTestSupport;
import org.cloakroom.kiosk.audit.AuditEntry;
import org.cloakroom.kiosk.audit.AuditLog;
import org.cloakroom.kiosk.ble.simulated.VirtualPhoneState;
import org.cloakroom.kiosk.ble.simulated.VirtualPosition;
import org.cloakroom.kiosk.ble.simulated.VirtualRadio;
import org.cloakroom.kiosk.checkin.CheckInView;
import org.cloakroom.kiosk.checkin.CheckIns;
import org.cloakroom.kiosk.checkin.Collections;
import org.cloakroom.kiosk.checkin.Identification;
import org.cloakroom.kiosk.locker.SimulatedDoors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each rule with the simulator's virtual phones, moved through the simulation's API as
 * the control panel moves them: raised when it should, not for a stored phone at the
 * lockers, once per episode however often the phone walks in and out within the quiet
 * period, and ended.
 */
@SimulationIT
@AutoConfigureMockMvc
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:violations-sim;DB_CLOSE_DELAY=-1",
		"cloakroom.violation.left-in-locker.zone=UTC" })
class ViolationSimulationIT {

	private static final Duration QUIET_PERIOD = Duration.ofMinutes(2);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Violations violations;

	@Autowired
	private CheckIns checkIns;

	@Autowired
	private Collections collections;

	@Autowired
	private SimulatedDoors doors;

	@Autowired
	private AuditLog log;

	@Autowired
	private VirtualRadio radio;

	@Autowired
	private MutableClock clock;

	private SimulationTestSupport world;

	private long mark;

	@BeforeEach
	void setUp() {
		this.world = new SimulationTestSupport(this.clock, this.radio);
		this.mark = this.log.latest(1).get(0).sequence();
	}

	@AfterEach
	void everyoneLeaves() {
		for (VirtualPhoneState phone : this.radio.phones()) {
			this.radio.moveTo(phone.phone().key(), VirtualPosition.AWAY);
		}
		// a phone fades 30 s after its last packet; its episode ends a quiet period later
		pass(QUIET_PERIOD.plusSeconds(40));
		this.violations.check();
	}

	@Test
	void phoneThatMustBeStoredWalkedInsideRaisesOneAlertNamingItUntilItEnds() throws Exception {
		walk("ada-pixel", VirtualPosition.INSIDE);

		AuditEntry alert = single("PhoneSeenInside");
		assertThat(alert.alert()).isTrue();
		assertThat(alert.details())
			.contains("\"employee\":\"Ada Lovelace\"", "\"phone\":\"Pixel 8\"", "\"verdict\":\"MUST_STORE\"",
					"\"adapters\":[\"inside\"]", "\"severity\":\"CRITICAL\"", "\"filteredRssi\":",
					"\"declaredCarried\":", "\"lastStoredAt\":", "\"lastCollectedAt\":")
			.doesNotContainIgnoringCase("9533fd2a8960c097bffcbc4c51c4ad8a");

		// in and out within the quiet period: the same episode
		walk("ada-pixel", VirtualPosition.AT_DOOR);
		walk("ada-pixel", VirtualPosition.INSIDE);
		walk("ada-pixel", VirtualPosition.CORRIDOR);
		pass(QUIET_PERIOD.minusSeconds(30));
		this.violations.check();
		assertThat(entries("PhoneSeenInside")).hasSize(1);
		assertThat(entries("ViolationEnded")).isEmpty();

		pass(Duration.ofSeconds(40));
		this.violations.check();
		assertThat(single("ViolationEnded").details()).contains("\"reason\":\"QUIET\"",
				"\"episodeKey\":\"must-store-inside:" + alert.subject() + "\"");

		// a new episode after the end is a new alert
		walk("ada-pixel", VirtualPosition.INSIDE);
		assertThat(entries("PhoneSeenInside")).hasSize(2);
	}

	@Test
	void alertCarriesTheAnswerNotWithMeGivenAtTheDoor() throws Exception {
		CheckInView checkIn = this.checkIns.start(new Identification("100002", "2222"));
		this.checkIns.answer(checkIn.id(), checkIn.phones().get(0).phoneId(), false);

		walk("grace-iphone", VirtualPosition.INSIDE);

		assertThat(single("PhoneSeenInside").details()).contains("\"employee\":\"Grace Hopper\"",
				"\"phone\":\"iPhone 15\"", "\"declaredCarried\":false", "\"declaredAt\":\"");
	}

	@Test
	void cleanPhoneInsideRaisesNothing() throws Exception {
		walk("katherine-iphone", VirtualPosition.INSIDE);

		assertThat(entries("PhoneSeenInside")).isEmpty();
		assertThat(entries("PossibleDecoy")).isEmpty();
	}

	@Test
	void storedPhoneAtTheLockersRaisesNothingButHeardAwayFromThemIsAPossibleDecoy() throws Exception {
		walk("ada-pixel", VirtualPosition.AT_DOOR);
		CheckInView checkIn = this.checkIns.start(new Identification("100001", "1111"));
		checkIn = this.checkIns.store(checkIn.id());
		int locker = checkIn.storage().lockerId().value();
		this.doors.openDoor(locker);
		this.doors.closeDoor(locker);
		pass(Duration.ofMinutes(3));
		this.violations.check();
		assertThat(entries("PhoneSeenInside")).isEmpty();
		assertThat(entries("PossibleDecoy")).isEmpty();

		walk("ada-pixel", VirtualPosition.INSIDE);
		AuditEntry decoy = single("PossibleDecoy");
		assertThat(decoy.alert()).isTrue();
		assertThat(decoy.details()).contains("\"employee\":\"Ada Lovelace\"", "\"lockerId\":" + locker,
				"\"zone\":\"INSIDE\"", "\"severity\":\"HIGH\"");
		assertThat(entries("PhoneSeenInside")).as("a stored phone is a decoy case, not a phone carried in").isEmpty();

		walk("ada-pixel", VirtualPosition.NEAR);
		walk("ada-pixel", VirtualPosition.INSIDE);
		assertThat(entries("PossibleDecoy")).hasSize(1);

		walk("ada-pixel", VirtualPosition.AT_DOOR);
		this.collections.start(new Identification("100001", "1111"));
		this.doors.openDoor(locker);
		this.doors.closeDoor(locker);
		assertThat(single("ViolationEnded").details()).contains("\"reason\":\"COLLECTED\"", "\"rule\":\"DECOY\"");
	}

	@Test
	void storingThePhoneEndsItsInsideEpisode() throws Exception {
		walk("ada-pixel", VirtualPosition.INSIDE);
		single("PhoneSeenInside");

		walk("ada-pixel", VirtualPosition.AT_DOOR);
		CheckInView checkIn = this.checkIns.start(new Identification("100001", "1111"));
		checkIn = this.checkIns.store(checkIn.id());
		int locker = checkIn.storage().lockerId().value();
		this.doors.openDoor(locker);
		this.doors.closeDoor(locker);

		AuditEntry ended = single("ViolationEnded");
		assertThat(ended.details()).contains("\"reason\":\"STORED\"", "\"rule\":\"MUST_STORE_INSIDE\"");
		assertThat(single("PhoneSeenInside").sequence()).isLessThan(ended.sequence());

		this.collections.start(new Identification("100001", "1111"));
		this.doors.openDoor(locker);
		this.doors.closeDoor(locker);
		walk("ada-pixel", VirtualPosition.AWAY);
		this.violations.check();
		// after storing and collecting, the door's evidence is in the next alert
		walk("ada-pixel", VirtualPosition.INSIDE);
		assertThat(entries("PhoneSeenInside")).last()
			.extracting(AuditEntry::details)
			.asString()
			.contains("\"lastStoredAt\":\"", "\"lastCollectedAt\":\"");
	}

	@Test
	void unenrolledPhoneInsideGetsTheAreaPolicysAlertUntilItLeaves() throws Exception {
		walk("visitor-iphone", VirtualPosition.INSIDE);

		AuditEntry alert = single("UnenrolledPhoneInside");
		assertThat(alert.alert()).isTrue();
		assertThat(alert.subject()).startsWith("device:");
		assertThat(alert.details()).contains("\"kind\":\"iPhone\"");

		walk("visitor-iphone", VirtualPosition.AWAY);
		this.violations.check();
		walk("visitor-iphone", VirtualPosition.INSIDE);
		this.violations.check();
		assertThat(entries("UnenrolledPhoneInside")).hasSize(1);

		walk("visitor-iphone", VirtualPosition.AWAY);
		this.violations.check();
		pass(QUIET_PERIOD);
		this.violations.check();
		assertThat(single("ViolationEnded").details()).contains("\"rule\":\"UNENROLLED_INSIDE\"",
				"\"reason\":\"QUIET\"");
	}

	@Test
	void phoneLeftInALockerPastTheEndOfTheDayIsOneNoticeForTheMorning() {
		CheckInView checkIn = this.checkIns.start(new Identification("100002", "2222"));
		checkIn = this.checkIns.answer(checkIn.id(), checkIn.phones().get(0).phoneId(), true);
		checkIn = this.checkIns.store(checkIn.id());
		int locker = checkIn.storage().lockerId().value();
		this.doors.openDoor(locker);
		this.doors.closeDoor(locker);
		this.violations.check();
		assertThat(entries("PhoneLeftInLocker")).as("before the end of the day").isEmpty();

		// the clock starts in the morning of its day (UTC, the zone set above)
		this.clock
			.set(this.clock.instant().atZone(ZoneOffset.UTC).toLocalDate().atTime(20, 1).toInstant(ZoneOffset.UTC));
		this.violations.check();
		this.clock.advance(Duration.ofHours(11));
		this.violations.check();

		AuditEntry notice = single("PhoneLeftInLocker");
		assertThat(notice.alert()).as("a notice, not an alarm").isFalse();
		assertThat(notice.details()).contains("\"employee\":\"Grace Hopper\"", "\"phones\":[\"iPhone 15\"]",
				"\"lockerId\":" + locker);

		this.collections.start(new Identification("100002", "2222"));
		this.doors.openDoor(locker);
		this.doors.closeDoor(locker);
		assertThat(single("ViolationEnded").details()).contains("\"rule\":\"LEFT_IN_LOCKER\"",
				"\"reason\":\"COLLECTED\"");
	}

	/**
	 * Lets time pass as the scheduler would: the radio every 200 ms, the rules' check
	 * every 5 s.
	 */
	private void pass(Duration duration) {
		for (Duration passed = Duration.ZERO; passed.compareTo(duration) < 0; passed = passed.plusSeconds(5)) {
			this.world.pass(Duration.ofSeconds(5));
			this.violations.check();
		}
	}

	private void walk(String phone, VirtualPosition position) throws Exception {
		this.mvc
			.perform(post("/api/v1/simulation/phones/{key}/position", phone).contentType(MediaType.APPLICATION_JSON)
				.content("{\"position\": \"" + position + "\"}"))
			.andExpect(status().is2xxSuccessful());
		// longer than SimulationTestSupport's 6 s: a quiet iPhone needs it to settle
		// inside
		pass(Duration.ofSeconds(10));
	}

	private AuditEntry single(String type) {
		List<AuditEntry> found = entries(type);
		assertThat(found).as("%s entries since the test began, among %s", type, types()).hasSize(1);
		return found.get(0);
	}

	private List<String> types() {
		return this.log.after(this.mark, AuditLog.MAX_LIMIT)
			.stream()
			.map((entry) -> entry.type() + " " + entry.subject()
					+ (entry.type().equals("PhoneZoneChanged") ? " " + entry.details() : ""))
			.toList();
	}

	private List<AuditEntry> entries(String type) {
		return this.log.after(this.mark, AuditLog.MAX_LIMIT)
			.stream()
			.filter((entry) -> entry.type().equals(type))
			.toList();
	}

}
