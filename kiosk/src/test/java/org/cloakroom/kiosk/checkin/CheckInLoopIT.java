package org.cloakroom.kiosk.checkin;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.SimulationTestSupport;
import org.cloakroom.kiosk.SimulationIT;
import org.cloakroom.kiosk.audit.AuditEntry;
import org.cloakroom.kiosk.audit.AuditLog;
import org.cloakroom.kiosk.ble.simulated.VirtualPhoneState;
import org.cloakroom.kiosk.ble.simulated.VirtualPosition;
import org.cloakroom.kiosk.ble.simulated.VirtualRadio;
import org.cloakroom.kiosk.locker.LockerDoors;
import org.cloakroom.kiosk.locker.LockerId;
import org.cloakroom.kiosk.locker.LockerState;
import org.cloakroom.kiosk.locker.Lockers;
import org.cloakroom.kiosk.locker.SimulatedDoors;
import org.cloakroom.kiosk.locker.StorageStage;
import org.cloakroom.kiosk.policy.UnenrolledPhoneAction;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole loop through the Spring context, H2 and Pi4J's mock provider, driven by the
 * simulated radio: what an employee at the door lives through.
 */
@SimulationIT
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:loop;DB_CLOSE_DELAY=-1")
class CheckInLoopIT {

	@Autowired
	private CheckIns checkIns;

	@Autowired
	private Collections collections;

	@Autowired
	private Lockers lockers;

	@Autowired
	private LockerDoors lockerDoors;

	@Autowired
	private SimulatedDoors doors;

	@Autowired
	private AuditLog log;

	@Autowired
	private VirtualRadio radio;

	@Autowired
	private MutableClock clock;

	@Autowired
	private JdbcClient jdbc;

	private SimulationTestSupport world;

	@BeforeEach
	void setUp() {
		this.world = new SimulationTestSupport(this.clock, this.radio);
	}

	@AfterEach
	void everyoneLeaves() {
		for (VirtualPhoneState phone : this.radio.phones()) {
			this.radio.moveTo(phone.phone().key(), VirtualPosition.AWAY);
			this.radio.setQuiet(phone.phone().key(), false);
		}
		this.world.pass(Duration.ofMinutes(2));
	}

	@Test
	void phoneWithFlaggedAppIsStoredThenCollectedWithPin() {
		this.world.walk("ada-pixel", VirtualPosition.AT_DOOR);

		CheckInView checkIn = this.checkIns.start(Identification.read("100001"));
		assertThat(checkIn.employeeName()).isEqualTo("Ada Lovelace");
		PhoneAssessment pixel = only(checkIn.phones());
		assertThat(pixel.verdict()).isEqualTo("MUST_STORE");
		assertThat(pixel.seenNearby()).isTrue();
		assertThat(pixel.plainReasons()).anySatisfy(reason -> assertThat(reason).contains("WeChat"));
		assertThat(checkIn.stage()).isEqualTo(CheckInStage.READY_TO_STORE);

		checkIn = this.checkIns.store(checkIn.id());
		assertThat(checkIn.stage()).isEqualTo(CheckInStage.LOCKER_OPEN);
		int locker = checkIn.storage().lockerId().value();
		assertThat(this.lockers.get(LockerId.of(locker)).state()).isEqualTo(LockerState.STORING);
		assertThat(this.doors.isUnlocked(locker)).isTrue();

		this.doors.openDoor(locker);
		this.doors.closeDoor(locker);
		checkIn = this.checkIns.get(checkIn.id());
		assertThat(checkIn.stage()).isEqualTo(CheckInStage.ENTER);
		assertThat(checkIn.storage().stage()).isEqualTo(StorageStage.STORED);
		assertThat(checkIn.storage().phoneIds()).containsExactly(pixel.phoneId());
		assertThat(this.lockers.get(LockerId.of(locker)).state()).isEqualTo(LockerState.STORED);
		assertThat(this.doors.isUnlocked(locker)).isFalse();

		this.world.walk("ada-pixel", VirtualPosition.AWAY);
		CollectionView collection = this.collections.start(new Identification("100001", "1111"));
		assertThat(collection.stage()).isEqualTo(StorageStage.COLLECTING);
		assertThat(collection.lockerId().value()).isEqualTo(locker);
		assertThat(this.doors.isUnlocked(locker)).isTrue();

		this.doors.openDoor(locker);
		this.doors.closeDoor(locker);
		assertThat(this.collections.collection(collection.storageId()).done()).isTrue();
		assertThat(this.lockers.get(LockerId.of(locker)).state()).isEqualTo(LockerState.FREE);
		assertThat(this.doors.isUnlocked(locker)).isFalse();

		assertThat(typesAbout("employee:" + checkIn.employeeId())).containsSubsequence("CheckInStarted",
				"StorageSessionOpened", "PhonesStored", "EntryGranted", "CollectionStarted", "PhonesCollected");
		assertThat(typesAbout("locker:" + locker)).containsSubsequence("LockerReserved", "LockerOccupied",
				"LockerReleaseStarted", "LockerFreed");
		assertThat(this.log.verify().intact()).isTrue();
	}

	@Test
	void cleanPhoneMayGoIn() {
		this.world.walk("katherine-iphone", VirtualPosition.AT_DOOR);

		CheckInView checkIn = this.checkIns.start(Identification.read("100004"));

		PhoneAssessment iphone = only(checkIn.phones());
		assertThat(iphone.verdict()).isEqualTo("CLEAR");
		assertThat(iphone.question()).isNull();
		assertThat(checkIn.stage()).isEqualTo(CheckInStage.ENTER);
		assertThat(checkIn.storage()).isNull();
		assertThat(typesAbout("employee:" + checkIn.employeeId())).containsSubsequence("CheckInStarted",
				"EntryGranted");
	}

	@Test
	void phoneNotSeenIsAskedAboutAndTheAnswerIsDeclared() {
		CheckInView checkIn = this.checkIns.start(Identification.read("100002"));

		PhoneAssessment iphone = only(checkIn.phones());
		assertThat(iphone.verdict()).isEqualTo("MUST_STORE");
		assertThat(iphone.seenNearby()).isFalse();
		assertThat(iphone.question()).isEqualTo("Do you have your iPhone 15 with you?");
		assertThat(checkIn.stage()).isEqualTo(CheckInStage.ANSWER_QUESTIONS);

		checkIn = this.checkIns.answer(checkIn.id(), iphone.phoneId(), false);

		assertThat(checkIn.stage()).isEqualTo(CheckInStage.ENTER);
		// the answer's record is its PhoneDeclared entry in the log
		assertThat(this.log.about("phone:" + iphone.phoneId(), 500))
			.filteredOn((entry) -> entry.type().equals("PhoneDeclared"))
			.singleElement()
			.extracting(AuditEntry::details)
			.asString()
			.contains("\"carried\":false", "\"phoneId\":" + iphone.phoneId());
	}

	@Test
	void phoneNotSeenButDeclaredCarriedMustBeStored() {
		CheckInView checkIn = this.checkIns.start(Identification.read("100002"));
		PhoneAssessment iphone = only(checkIn.phones());

		checkIn = this.checkIns.answer(checkIn.id(), iphone.phoneId(), true);

		assertThat(checkIn.stage()).isEqualTo(CheckInStage.READY_TO_STORE);
		assertThat(only(checkIn.phones()).toStore()).isTrue();
	}

	@Test
	void unenrolledPhoneAtTheDoorGetsThePolicysAnswer() {
		this.world.walk("visitor-iphone", VirtualPosition.AT_DOOR);
		this.world.walk("katherine-iphone", VirtualPosition.AT_DOOR);

		CheckInView checkIn = this.checkIns.start(Identification.read("100004"));

		assertThat(checkIn.unenrolled().count()).isEqualTo(1);
		assertThat(checkIn.unenrolled().kinds()).containsExactly("iPhone");
		assertThat(checkIn.unenrolled().action()).isEqualTo(UnenrolledPhoneAction.REQUIRE_STORAGE);
		assertThat(checkIn.unenrolled().plainWords()).contains("must be stored");
		assertThat(checkIn.stage()).isEqualTo(CheckInStage.READY_TO_STORE);

		checkIn = this.checkIns.store(checkIn.id());
		assertThat(checkIn.storage().unenrolledPhones()).isEqualTo(1);
		assertThat(checkIn.storage().phoneIds()).isEmpty();
		this.doors.openDoor(checkIn.storage().lockerId().value());
		this.doors.closeDoor(checkIn.storage().lockerId().value());
		assertThat(this.checkIns.get(checkIn.id()).stage()).isEqualTo(CheckInStage.ENTER);
		this.collections.start(Identification.read("100004"));
		this.doors.openDoor(checkIn.storage().lockerId().value());
		this.doors.closeDoor(checkIn.storage().lockerId().value());
	}

	@Test
	void unusedLockerIsRelockedAndFreedWhenTheReservationTimesOut() {
		this.world.walk("tim-pixel", VirtualPosition.AT_DOOR);
		CheckInView checkIn = this.checkIns.store(this.checkIns.start(Identification.read("100005")).id());
		int locker = checkIn.storage().lockerId().value();

		this.clock.advance(Duration.ofSeconds(61));
		this.lockerDoors.expireDeadlines(this.clock.instant());

		assertThat(this.checkIns.get(checkIn.id()).stage()).isEqualTo(CheckInStage.NOT_STORED);
		assertThat(this.lockers.get(LockerId.of(locker)).state()).isEqualTo(LockerState.FREE);
		assertThat(this.doors.isUnlocked(locker)).isFalse();
		assertThat(typesAbout("employee:" + checkIn.employeeId())).contains("StorageAbandoned");
	}

	private List<String> typesAbout(String subject) {
		return this.log.about(subject, 500).stream().map(AuditEntry::type).toList();
	}

	private static PhoneAssessment only(List<PhoneAssessment> phones) {
		assertThat(phones).hasSize(1);
		return phones.get(0);
	}

}
