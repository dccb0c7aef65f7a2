package org.cloakroom.kiosk.checkin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.SimulationIT;
import org.cloakroom.kiosk.audit.AuditEntry;
import org.cloakroom.kiosk.audit.AuditLog;
import org.cloakroom.kiosk.ble.BadgePresence;
import org.cloakroom.kiosk.ble.HeardLevel;
import org.cloakroom.kiosk.ble.Presence;
import org.cloakroom.kiosk.ble.Zone;
import org.cloakroom.kiosk.enrolment.PhoneId;
import org.cloakroom.kiosk.enrolment.WrongPinException;
import org.cloakroom.kiosk.locker.SimulatedDoors;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * Presence at badge in the check-in, with BLE's answers stood in for (a spy on
 * {@link Presence}: what the door-side adapters heard around the badge, and the levels of
 * the stretch at the spot): a phone placed here with enough confidence is not asked
 * about; one BLE cannot place, or places with too little confidence, is; one heard after
 * the badge counts while its question is unanswered; and the stretch at the spot becomes
 * a badge-in calibration sample of each phone with the employee, never of one they said
 * they did not carry, never from a refused check-in.
 */
@SimulationIT
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:presence-at-badge;DB_CLOSE_DELAY=-1")
class PresenceAtBadgeIT {

	@Autowired
	private CheckIns checkIns;

	@Autowired
	private Collections collections;

	@Autowired
	private SimulatedDoors doors;

	@Autowired
	private AuditLog log;

	@Autowired
	private MutableClock clock;

	@Autowired
	private JdbcClient jdbc;

	@MockitoSpyBean
	private Presence presence;

	@Test
	void aPhonePlacedAtTheDoorWithEnoughConfidenceIsHereAndNotAskedAbout() {
		heardAtBadge(pixel(), 14, 0.9, Zone.AT_DOOR);

		CheckInView checkIn = this.checkIns.start(Identification.read("100001"));

		PhoneAssessment phone = only(checkIn.phones());
		assertThat(phone.seenNearby()).isTrue();
		assertThat(phone.question()).isNull();
		assertThat(phone.confidence()).isEqualTo(0.9);
		assertThat(phone.proximity()).isEqualTo(Zone.AT_DOOR);
		assertThat(phone.packets()).isEqualTo(14);
		assertThat(checkIn.stage()).isEqualTo(CheckInStage.READY_TO_STORE);
		assertThat(lastDetails("CheckInStarted")).contains("\"confidence\":0.9", "\"proximity\":\"AT_DOOR\"");
	}

	@Test
	void aPhoneWhoseProximityIsUnknownIsAskedAboutHoweverMuchWasHeard() {
		heardAtBadge(pixel(), 40, 0.9, null);

		CheckInView checkIn = this.checkIns.start(Identification.read("100001"));

		PhoneAssessment phone = only(checkIn.phones());
		assertThat(phone.seenNearby()).isFalse();
		assertThat(phone.question()).isEqualTo("Do you have your Pixel 8 with you?");
		assertThat(checkIn.stage()).isEqualTo(CheckInStage.ANSWER_QUESTIONS);
	}

	@Test
	void aPhonePlacedWithTooLittleConfidenceIsAskedAbout() {
		heardAtBadge(pixel(), 3, 0.49, Zone.AT_DOOR);

		PhoneAssessment phone = only(this.checkIns.start(Identification.read("100001")).phones());

		assertThat(phone.seenNearby()).isFalse();
		assertThat(phone.confidence()).isEqualTo(0.49);
		assertThat(phone.question()).isNotNull();
	}

	@Test
	void aPhoneHeardAfterTheBadgeCountsWhileItsQuestionIsUnansweredAndIsLogged() {
		heardAtBadge(pixel(), 0, 0, null);
		CheckInView asked = this.checkIns.start(Identification.read("100001"));
		assertThat(asked.stage()).isEqualTo(CheckInStage.ANSWER_QUESTIONS);

		this.clock.advance(Duration.ofSeconds(2));
		heardAtBadge(pixel(), 6, 0.8, Zone.AT_DOOR);
		CheckInView heard = this.checkIns.get(asked.id());

		assertThat(only(heard.phones()).seenNearby()).isTrue();
		assertThat(only(heard.phones()).question()).isNull();
		assertThat(heard.stage()).isEqualTo(CheckInStage.READY_TO_STORE);
		assertThat(lastDetails("PhoneHeardAfterBadge")).contains("\"confidence\":0.8",
				"\"visitId\":\"" + asked.id() + "\"");
		// the employee's answer, racing the screen, is taken rather than refused
		assertThat(this.checkIns.answer(asked.id(), pixel(), true).stage()).isEqualTo(CheckInStage.READY_TO_STORE);
	}

	@Test
	void anAnswerGivenFirstStandsWhenThePhoneIsHeardLater() {
		heardAtBadge(pixel(), 0, 0, null);
		CheckInView asked = this.checkIns.start(Identification.read("100001"));
		CheckInView answered = this.checkIns.answer(asked.id(), pixel(), false);
		long logged = count("PhoneHeardAfterBadge");

		heardAtBadge(pixel(), 6, 0.8, Zone.AT_DOOR);
		CheckInView later = this.checkIns.get(asked.id());

		assertThat(only(later.phones()).seenNearby()).isFalse();
		assertThat(only(later.phones()).carried()).isFalse();
		assertThat(later.stage()).isEqualTo(answered.stage()).isEqualTo(CheckInStage.ENTER);
		assertThat(count("PhoneHeardAfterBadge")).isEqualTo(logged);
	}

	@Test
	void theStretchAtTheSpotFromTheBadgeToTheLockerOpeningIsABadgeInSample() {
		heardAtBadge(pixel(), 14, 0.9, Zone.AT_DOOR);
		heardLevels(pixel(), -52);
		CheckInView checkIn = this.checkIns.start(Identification.read("100001"));
		Instant badge = this.clock.instant();
		this.clock.advance(Duration.ofSeconds(6));

		Instant end = this.clock.instant();
		int before = badgeInSamples(pixel()).size();
		storeAndCollect(checkIn);

		verify(this.presence).levels(pixel().value(), badge, end);
		assertThat(badgeInSamples(pixel())).hasSize(before + 1).endsWith(-52.0);
	}

	@Test
	void aPhoneSaidToBeCarriedIsSampledOneSaidNotToBeIsNot() {
		heardAtBadge(pixel(), 0, 0, null);
		heardLevels(pixel(), -60);
		CheckInView carried = this.checkIns.start(Identification.read("100001"));
		this.checkIns.answer(carried.id(), pixel(), true);
		int before = badgeInSamples(pixel()).size();
		storeAndCollect(carried);
		assertThat(badgeInSamples(pixel())).hasSize(before + 1);

		CheckInView notCarried = this.checkIns.start(Identification.read("100001"));
		CheckInView entered = this.checkIns.answer(notCarried.id(), pixel(), false);

		assertThat(entered.stage()).isEqualTo(CheckInStage.ENTER);
		assertThat(badgeInSamples(pixel())).hasSize(before + 1);
	}

	@Test
	void aRefusedCheckInTakesNoSample() {
		heardLevels(pixel(), -52);

		assertThatExceptionOfType(WrongPinException.class)
			.isThrownBy(() -> this.checkIns.start(Identification.typed("100001", "0000")));

		verify(this.presence, never()).levels(anyLong(), any(), any());
	}

	/**
	 * Stores the phones, locks them in, and takes them back: Ada's Pixel is free again.
	 */
	private void storeAndCollect(CheckInView checkIn) {
		int locker = this.checkIns.store(checkIn.id()).storage().lockerId().value();
		this.doors.openDoor(locker);
		this.doors.setOccupied(locker, true);
		this.doors.closeDoor(locker);
		CollectionView collection = this.collections.start(new Identification("100001", "1111"));
		this.doors.openDoor(locker);
		this.doors.setOccupied(locker, false);
		this.doors.closeDoor(locker);
		assertThat(this.collections.collection(collection.storageId()).done()).as("Ada's Pixel collected").isTrue();
		// past the locker's flap window (8 changes in 10 s), so the next cycle is no flap
		this.clock.advance(Duration.ofSeconds(11));
	}

	private PhoneId pixel() {
		return PhoneId.of(this.jdbc
			.sql("SELECT p.id FROM phone p JOIN employee e ON e.id = p.employee_id WHERE e.badge_id = '100001'")
			.query(Long.class)
			.single());
	}

	private void heardAtBadge(PhoneId phone, int packets, double confidence, Zone proximity) {
		doReturn(new BadgePresence(phone.value(), packets, confidence, proximity)).when(this.presence)
			.atBadge(eq(phone.value()), any(), any(), any());
	}

	private void heardLevels(PhoneId phone, double level) {
		long identity = this.jdbc.sql("SELECT MIN(id) FROM ble_identity WHERE phone_id = ?")
			.param(phone.value())
			.query(Long.class)
			.single();
		doReturn(List.of(new HeardLevel(identity, "door", level, 2, 12), new HeardLevel(0, "door", -40, 1, 30)))
			.when(this.presence)
			.levels(eq(phone.value()), any(), any());
	}

	private List<Double> badgeInSamples(PhoneId phone) {
		return this.jdbc
			.sql("SELECT level_dbm FROM calibration_sample WHERE phone_id = ? AND source = 'badge-in' ORDER BY id")
			.param(phone.value())
			.query(Double.class)
			.list();
	}

	private String lastDetails(String type) {
		return this.jdbc.sql("SELECT details FROM audit_event WHERE type = ? ORDER BY sequence DESC")
			.param(type)
			.query(String.class)
			.list()
			.get(0);
	}

	private long count(String type) {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE type = ?").param(type).query(Long.class).single();
	}

	private static PhoneAssessment only(List<PhoneAssessment> phones) {
		assertThat(phones).hasSize(1);
		return phones.get(0);
	}

}
