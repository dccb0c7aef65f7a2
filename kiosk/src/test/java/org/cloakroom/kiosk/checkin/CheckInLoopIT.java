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
import org.cloakroom.kiosk.locker.LockerState;
import org.cloakroom.kiosk.locker.Lockers;
import org.cloakroom.kiosk.locker.SimulatedDoors;
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
	private CheckIn checkIn;

	@Autowired
	private CheckOut checkOut;

	@Autowired
	private Lockers lockers;

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

		VisitView visit = this.checkIn.start(Identification.badge("100001"));
		assertThat(visit.employeeName()).isEqualTo("Ada Lovelace");
		PhoneAssessment pixel = only(visit.phones());
		assertThat(pixel.verdict()).isEqualTo("MUST_STORE");
		assertThat(pixel.seenNearby()).isTrue();
		assertThat(pixel.plainReasons()).anySatisfy(reason -> assertThat(reason).contains("WeChat"));
		assertThat(visit.stage()).isEqualTo(VisitStage.READY_TO_STORE);

		visit = this.checkIn.store(visit.id());
		assertThat(visit.stage()).isEqualTo(VisitStage.LOCKER_OPEN);
		int locker = visit.session().lockerId();
		assertThat(this.lockers.get(locker).state()).isEqualTo(LockerState.STORING);
		assertThat(this.doors.isUnlocked(locker)).isTrue();

		this.doors.openDoor(locker);
		this.doors.closeDoor(locker);
		visit = this.checkIn.visit(visit.id());
		assertThat(visit.stage()).isEqualTo(VisitStage.ENTER);
		assertThat(visit.session().state()).isEqualTo(SessionState.STORED);
		assertThat(visit.session().phoneIds()).containsExactly(pixel.phoneId());
		assertThat(this.lockers.get(locker).state()).isEqualTo(LockerState.STORED);
		assertThat(this.doors.isUnlocked(locker)).isFalse();

		this.world.walk("ada-pixel", VirtualPosition.AWAY);
		CollectionView collection = this.checkOut.start(new Identification("100001", "1111"));
		assertThat(collection.state()).isEqualTo(SessionState.COLLECTING);
		assertThat(collection.lockerId()).isEqualTo(locker);
		assertThat(this.doors.isUnlocked(locker)).isTrue();

		this.doors.openDoor(locker);
		this.doors.closeDoor(locker);
		assertThat(this.checkOut.collection(collection.sessionId()).done()).isTrue();
		assertThat(this.lockers.get(locker).state()).isEqualTo(LockerState.FREE);
		assertThat(this.doors.isUnlocked(locker)).isFalse();

		assertThat(typesAbout("employee:" + visit.employeeId())).containsSubsequence("CheckInStarted",
				"StorageSessionOpened", "PhonesStored", "EntryGranted", "CollectionStarted", "PhonesCollected");
		assertThat(typesAbout("locker:" + locker)).containsSubsequence("LockerReserved", "LockerOccupied",
				"LockerReleaseStarted", "LockerFreed");
		assertThat(this.log.verify().intact()).isTrue();
	}

	@Test
	void cleanPhoneMayGoIn() {
		this.world.walk("katherine-iphone", VirtualPosition.AT_DOOR);

		VisitView visit = this.checkIn.start(Identification.badge("100004"));

		PhoneAssessment iphone = only(visit.phones());
		assertThat(iphone.verdict()).isEqualTo("CLEAR");
		assertThat(iphone.question()).isNull();
		assertThat(visit.stage()).isEqualTo(VisitStage.ENTER);
		assertThat(visit.session()).isNull();
		assertThat(typesAbout("employee:" + visit.employeeId())).containsSubsequence("CheckInStarted", "EntryGranted");
	}

	@Test
	void phoneNotSeenIsAskedAboutAndTheAnswerIsDeclared() {
		VisitView visit = this.checkIn.start(Identification.badge("100002"));

		PhoneAssessment iphone = only(visit.phones());
		assertThat(iphone.verdict()).isEqualTo("MUST_STORE");
		assertThat(iphone.seenNearby()).isFalse();
		assertThat(iphone.question()).isEqualTo("Do you have your iPhone 15 with you?");
		assertThat(visit.stage()).isEqualTo(VisitStage.ANSWER_QUESTIONS);

		visit = this.checkIn.answer(visit.id(), iphone.phoneId(), false);

		assertThat(visit.stage()).isEqualTo(VisitStage.ENTER);
		assertThat(this.jdbc.sql("SELECT carried FROM phone_declaration WHERE phone_id = ?")
			.param(iphone.phoneId())
			.query(Boolean.class)
			.list()).containsExactly(false);
		assertThat(typesAbout("phone:" + iphone.phoneId())).contains("PhoneDeclared");
	}

	@Test
	void phoneNotSeenButDeclaredCarriedMustBeStored() {
		VisitView visit = this.checkIn.start(Identification.badge("100002"));
		PhoneAssessment iphone = only(visit.phones());

		visit = this.checkIn.answer(visit.id(), iphone.phoneId(), true);

		assertThat(visit.stage()).isEqualTo(VisitStage.READY_TO_STORE);
		assertThat(only(visit.phones()).toStore()).isTrue();
	}

	@Test
	void unenrolledPhoneAtTheDoorGetsThePolicysAnswer() {
		this.world.walk("visitor-iphone", VirtualPosition.AT_DOOR);
		this.world.walk("katherine-iphone", VirtualPosition.AT_DOOR);

		VisitView visit = this.checkIn.start(Identification.badge("100004"));

		assertThat(visit.unenrolled().count()).isEqualTo(1);
		assertThat(visit.unenrolled().kinds()).containsExactly("iPhone");
		assertThat(visit.unenrolled().action()).isEqualTo(UnenrolledPhoneAction.REQUIRE_STORAGE);
		assertThat(visit.unenrolled().plainWords()).contains("must be stored");
		assertThat(visit.stage()).isEqualTo(VisitStage.READY_TO_STORE);

		visit = this.checkIn.store(visit.id());
		assertThat(visit.session().unenrolledPhones()).isEqualTo(1);
		assertThat(visit.session().phoneIds()).isEmpty();
		this.doors.openDoor(visit.session().lockerId());
		this.doors.closeDoor(visit.session().lockerId());
		assertThat(this.checkIn.visit(visit.id()).stage()).isEqualTo(VisitStage.ENTER);
		this.checkOut.start(Identification.badge("100004"));
		this.doors.openDoor(visit.session().lockerId());
		this.doors.closeDoor(visit.session().lockerId());
	}

	@Test
	void unusedLockerIsRelockedAndFreedWhenTheReservationTimesOut() {
		this.world.walk("tim-pixel", VirtualPosition.AT_DOOR);
		VisitView visit = this.checkIn.store(this.checkIn.start(Identification.badge("100005")).id());
		int locker = visit.session().lockerId();

		this.clock.advance(Duration.ofSeconds(61));
		this.lockers.expireDeadlines(this.clock.instant());

		assertThat(this.checkIn.visit(visit.id()).stage()).isEqualTo(VisitStage.ABANDONED);
		assertThat(this.lockers.get(locker).state()).isEqualTo(LockerState.FREE);
		assertThat(this.doors.isUnlocked(locker)).isFalse();
		assertThat(typesAbout("employee:" + visit.employeeId())).contains("StorageAbandoned");
	}

	private List<String> typesAbout(String subject) {
		return this.log.about(subject, 500).stream().map(AuditEntry::type).toList();
	}

	private static PhoneAssessment only(List<PhoneAssessment> phones) {
		assertThat(phones).hasSize(1);
		return phones.get(0);
	}

}
