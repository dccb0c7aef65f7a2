package org.cloakroom.kiosk.checkin;

import java.time.Duration;
import java.util.List;

import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.SimulationIT;
import org.cloakroom.kiosk.SimulationTestSupport;
import org.cloakroom.kiosk.audit.AuditEntry;
import org.cloakroom.kiosk.audit.AuditLog;
import org.cloakroom.kiosk.ble.simulated.VirtualPhoneState;
import org.cloakroom.kiosk.ble.simulated.VirtualPosition;
import org.cloakroom.kiosk.ble.simulated.VirtualRadio;
import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.enrolment.PhoneId;
import org.cloakroom.kiosk.locker.LockerId;
import org.cloakroom.kiosk.locker.LockerState;
import org.cloakroom.kiosk.locker.Lockers;
import org.cloakroom.kiosk.locker.SimulatedDoors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The area door's release pulses only once the employee at the door, identified, has no
 * phone left that must be stored, once per check-in, and each release is audited: never
 * while phones go into a locker or come out of one, never on a reset. The bank is
 * {@code kiosk-io.yaml} (an area-door release output; locker 1 has a tray switch).
 */
@SimulationIT
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:area-door;DB_CLOSE_DELAY=-1",
		"cloakroom.locker.wiring-file=src/test/resources/wiring/kiosk-io.yaml" })
class AreaDoorOnEntryIT {

	@Autowired
	private CheckIns checkIns;

	@Autowired
	private Collections collections;

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
	private BadgeReads reader;

	@Autowired
	private KioskDesk desk;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private TransactionTemplate transactions;

	private SimulationTestSupport world;

	@BeforeEach
	void setUp() {
		this.world = new SimulationTestSupport(this.clock, this.radio);
	}

	@AfterEach
	void everyoneLeaves() {
		for (VirtualPhoneState phone : this.radio.phones()) {
			this.radio.moveTo(phone.phone().key(), VirtualPosition.AWAY);
		}
		this.world.pass(Duration.ofMinutes(2));
	}

	@Test
	void releasesTheAreaDoorAtOnceForAnEmployeeWithNothingToStore() {
		this.world.walk("katherine-iphone", VirtualPosition.AT_DOOR);
		int before = this.doors.areaDoorReleases();

		CheckInView checkIn = this.checkIns.start(Identification.read("100004"));

		assertThat(checkIn.stage()).isEqualTo(CheckInStage.ENTER);
		assertThat(this.doors.areaDoorReleases()).isEqualTo(before + 1);
		assertThat(typesAbout("employee:" + checkIn.employeeId())).containsSubsequence("EntryGranted",
				"AreaDoorReleased");
	}

	@Test
	void keepsTheAreaDoorShutUntilThePhoneIsStoredAndConfirmedInTheTray() {
		this.world.walk("ada-pixel", VirtualPosition.AT_DOOR);
		int before = this.doors.areaDoorReleases();

		CheckInView checkIn = this.checkIns.start(Identification.read("100001"));
		assertThat(checkIn.stage()).isEqualTo(CheckInStage.READY_TO_STORE);
		checkIn = this.checkIns.store(checkIn.id());
		int locker = checkIn.storage().lockerId().value();
		assertThat(locker).isEqualTo(1);
		this.doors.setOccupied(locker, false);
		this.doors.openDoor(locker);
		this.doors.closeDoor(locker);
		assertThat(this.lockers.get(LockerId.of(locker)).state()).isEqualTo(LockerState.STORING);
		assertThat(this.checkIns.get(checkIn.id()).stage()).isEqualTo(CheckInStage.LOCKER_OPEN);
		assertThat(this.checkIns.get(checkIn.id()).emptyCloses()).as("the kiosk asks again").isEqualTo(1);
		assertThat(this.doors.areaDoorReleases()).as("no release while the tray reads empty").isEqualTo(before);

		this.clock.advance(Duration.ofSeconds(15));
		this.doors.openDoor(locker);
		this.doors.setOccupied(locker, true);
		this.doors.closeDoor(locker);

		assertThat(this.checkIns.get(checkIn.id()).stage()).isEqualTo(CheckInStage.ENTER);
		assertThat(this.doors.areaDoorReleases()).isEqualTo(before + 1);
		assertThat(typesAbout("employee:" + checkIn.employeeId())).containsSubsequence("PhonesStored", "EntryGranted",
				"AreaDoorReleased");
		assertThat(typesAbout("locker:" + locker)).contains("LockerClosedEmpty");

		this.collections.start(Identification.read("100001"));
		this.doors.openDoor(locker);
		this.doors.closeDoor(locker);
		assertThat(this.lockers.get(LockerId.of(locker)).state()).isEqualTo(LockerState.FREE);
		assertThat(this.doors.areaDoorReleases()).as("leaving releases nothing").isEqualTo(before + 1);
	}

	@Test
	void staysShutWhilePhonesAreGoingIntoALockerOrComingOutOfOne() {
		this.world.walk("ada-pixel", VirtualPosition.AT_DOOR);
		int before = this.doors.areaDoorReleases();
		CheckInView checkIn = this.checkIns.store(this.checkIns.start(Identification.read("100001")).id());
		int locker = checkIn.storage().lockerId().value();

		grantEntry(checkIn.employeeId());
		assertThat(this.doors.areaDoorReleases()).as("entry granted while the phone goes in").isEqualTo(before);

		this.doors.setOccupied(locker, true);
		this.doors.openDoor(locker);
		this.doors.closeDoor(locker);
		assertThat(this.doors.areaDoorReleases()).as("stored and locked").isEqualTo(before + 1);

		this.collections.start(Identification.read("100001"));
		grantEntry(checkIn.employeeId());
		CheckInView meanwhile = this.checkIns.start(Identification.read("100001"));
		assertThat(meanwhile.stage()).as("a phone coming out of its locker is not stored")
			.isEqualTo(CheckInStage.READY_TO_STORE);
		assertThat(this.doors.areaDoorReleases()).as("entry granted while the phone comes out").isEqualTo(before + 1);

		this.doors.openDoor(locker);
		this.doors.setOccupied(locker, false);
		this.doors.closeDoor(locker);
		assertThat(this.lockers.get(LockerId.of(locker)).state()).isEqualTo(LockerState.FREE);
		assertThat(this.doors.areaDoorReleases()).isEqualTo(before + 1);
	}

	@Test
	void aResetWithAPhoneLeftToStoreReleasesNothing() {
		this.world.walk("ada-pixel", VirtualPosition.AT_DOOR);
		int before = this.doors.areaDoorReleases();

		assertThat(this.reader.read("100001").checkIn().stage()).isEqualTo(CheckInStage.READY_TO_STORE);
		this.desk.reset(null);

		assertThat(this.doors.areaDoorReleases()).isEqualTo(before);
	}

	@Test
	void aCheckInGrantsEntryOnceHoweverOftenItIsAnswered() {
		int before = this.doors.areaDoorReleases();
		CheckInView checkIn = this.checkIns.start(Identification.read("100001"));
		assertThat(checkIn.stage()).as("Ada's Pixel was not seen").isEqualTo(CheckInStage.ANSWER_QUESTIONS);
		PhoneId pixel = checkIn.phones().get(0).phoneId();

		assertThat(this.checkIns.answer(checkIn.id(), pixel, false).stage()).isEqualTo(CheckInStage.ENTER);
		assertThat(this.doors.areaDoorReleases()).isEqualTo(before + 1);
		try {
			this.checkIns.answer(checkIn.id(), pixel, false);
		}
		catch (CheckInRefusal refused) {
			// refusing the second answer is as good as taking it: either way, no second
			// release
		}
		assertThat(this.doors.areaDoorReleases()).as("one check-in, one release").isEqualTo(before + 1);
	}

	/** Entry granted, as a check-in or a storage would, for an employee. */
	private void grantEntry(EmployeeId employee) {
		this.transactions.executeWithoutResult(
				(tx) -> this.events.publishEvent(new EntryGranted(employee, "a test", this.clock.instant())));
	}

	private List<String> typesAbout(String subject) {
		return this.log.about(subject, 500).stream().map(AuditEntry::type).toList();
	}

}
