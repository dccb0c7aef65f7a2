package org.cloakroom.kiosk.enrolment;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.cloakroom.kiosk.NotFoundException;
import org.cloakroom.kiosk.ble.FixedAddressIdentity;
import org.cloakroom.kiosk.ble.BleAddress;
import org.cloakroom.kiosk.ble.HeardLevel;
import org.cloakroom.kiosk.ble.PhoneCalibration;
import org.cloakroom.kiosk.ble.PhoneCalibrations;
import org.cloakroom.kiosk.ble.PhoneCalibrationsChanged;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.PublishedEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;

/**
 * Phone calibration on real H2: enrolment samples from what the (mocked) presence heard,
 * the refusal when too little was heard, badge-in refinement, the verdicts kept in the
 * table, the bound on kept samples, and the BLE module's view.
 */
class SpotCalibrationIT extends EnrolmentModuleSupport {

	@Autowired
	Enrolment enrolment;

	@Autowired
	SpotCalibration calibration;

	@Autowired
	PhoneCalibrations calibrations;

	@Test
	void takesTheLastSecondsAtTheSpotAsEnrolmentSamplesAndTellsBle(PublishedEvents events) {
		PhoneRef pixel = phone("B-2001", "AA:BB:CC:00:00:01");
		long identity = identityOf(pixel);
		heard(new HeardLevel(identity, "hci0", -48, 2, 20), new HeardLevel(identity, "hci1", -71, 6, 9));

		CalibrationTaken taken = this.calibration.calibrate(pixel.id(), "dana");

		Instant now = this.clock.instant();
		verify(this.presence).levels(pixel.id().value(), now.minus(Duration.ofSeconds(10)), now);
		assertThat(taken.samples()).extracting(CalibrationSample::verdict).containsOnly(SampleVerdict.ACCEPTED);
		assertThat(taken.calibration().calibrated()).isTrue();
		assertThat(this.calibrations.all()).extracting(PhoneCalibration::adapter, PhoneCalibration::spotLevelDbm)
			.containsExactlyInAnyOrder(tuple("hci0", -48.0), tuple("hci1", -71.0));
		assertThat(this.calibrations.all()).allSatisfy((calibration) -> {
			assertThat(calibration.phoneId()).isEqualTo(pixel.id().value());
			assertThat(calibration.identityId()).isEqualTo(identity);
		});
		// one enrolment sample: 1 − e^−1.5; hci1's median (MAD 6 dB over 9 packets) is
		// good
		// to only 3.7 dB, so it counts for less
		double hci1Error = 1.2533 * 1.4826 * 6 / 3;
		assertThat(this.calibrations.all()).extracting(PhoneCalibration::confidence)
			.containsExactlyInAnyOrder(1 - Math.exp(-1.5), (1 - Math.exp(-1.5)) * Math.exp(-(hci1Error - 2) / 3));
		assertThat(events.ofType(PhoneCalibrated.class)).singleElement().satisfies((calibrated) -> {
			assertThat(calibrated.phoneId()).isEqualTo(pixel.id());
			assertThat(calibrated.adapters()).containsExactly("hci0", "hci1");
			assertThat(calibrated.levelsDbm()).containsExactly(-48.0, -71.0);
			assertThat(calibrated.verdicts()).containsExactly("accepted", "accepted");
			assertThat(calibrated.confidence()).isCloseTo(1 - Math.exp(-1.5), within(0.01));
			assertThat(calibrated.by()).isEqualTo("dana");
		});
		assertThat(events.ofType(PhoneCalibrationsChanged.class)).hasSize(1);
	}

	@Test
	void refusesAPhoneHeardTooLittleNamingHowManyPacketsWereHeardAndAreNeededAndRecordsNothing(PublishedEvents events) {
		PhoneRef pixel = phone("B-2002", "AA:BB:CC:00:00:02");
		long identity = identityOf(pixel);
		heard(new HeardLevel(identity, "hci0", -48, 2, 3), new HeardLevel(identity, "hci1", -70, 2, 2));

		assertThatExceptionOfType(EnrolmentRefusal.class)
			.isThrownBy(() -> this.calibration.calibrate(pixel.id(), "dana"))
			.satisfies((refusal) -> {
				assertThat(refusal.code()).isEqualTo("phone-not-heard");
				assertThat(refusal.getMessage()).contains("3 packets in the last 10 seconds, 5 are needed");
			});
		assertThat(samples()).isZero();
		assertThat(events.ofType(PhoneCalibrated.class)).isEmpty();
		assertThat(events.ofType(PhoneCalibrationsChanged.class)).isEmpty();
	}

	@Test
	void neverTakesLevelsOfAnotherPhonesIdentityOrOfNone() {
		PhoneRef pixel = phone("B-2003", "AA:BB:CC:00:00:03");
		PhoneRef stranger = phone("B-2004", "AA:BB:CC:00:00:04");
		heard(new HeardLevel(identityOf(stranger), "hci0", -45, 2, 40), new HeardLevel(0, "hci0", -45, 2, 40));

		assertThatExceptionOfType(EnrolmentRefusal.class)
			.isThrownBy(() -> this.calibration.calibrate(pixel.id(), "dana"))
			.withMessageContaining("0 packets");
		assertThat(this.calibration.badgeIn(pixel.id(), this.clock.instant().minusSeconds(5), this.clock.instant()))
			.isEmpty();
		assertThat(samples()).isZero();
	}

	@Test
	void badgeInsRefineTheEnrolmentAndAnOutlierIsKeptWithWhyItIsNotUsed() {
		PhoneRef pixel = phone("B-2005", "AA:BB:CC:00:00:05");
		long identity = identityOf(pixel);
		heard(new HeardLevel(identity, "hci0", -50, 2, 20));
		double enrolled = this.calibration.calibrate(pixel.id(), "dana").calibration().confidence();

		for (double level : new double[] { -51, -49, -52, -80 }) {
			this.clock.advance(Duration.ofHours(1));
			heard(new HeardLevel(identity, "hci0", level, 2, 12));
			this.calibration.badgeIn(pixel.id(), this.clock.instant().minusSeconds(8), this.clock.instant());
		}

		PhoneCalibrationView view = this.calibration.of(pixel.id());
		assertThat(view.spotLevels()).singleElement().satisfies((level) -> {
			assertThat(level.spotLevelDbm()).isBetween(-51.0, -50.0);
			assertThat(level.samples()).isEqualTo(5);
			assertThat(level.accepted()).isEqualTo(4);
		});
		assertThat(view.confidence()).isGreaterThan(enrolled);
		assertThat(this.jdbc.queryForList(
				"SELECT rejected_because FROM calibration_sample WHERE accepted = FALSE AND source = 'badge-in'",
				String.class))
			.containsExactly("outlier");
	}

	@Test
	void keepsTheNewestSamplesPerSourceSoTheEnrolmentAnchorSurvivesAnyNumberOfBadgeIns() {
		PhoneRef pixel = phone("B-2006", "AA:BB:CC:00:00:06");
		long identity = identityOf(pixel);
		heard(new HeardLevel(identity, "hci0", -50, 2, 20));
		this.calibration.calibrate(pixel.id(), "dana");

		for (int i = 0; i < CalibrationSampleTable.KEPT_BADGE_IN + 5; i++) {
			this.clock.advance(Duration.ofHours(1));
			this.calibration.badgeIn(pixel.id(), this.clock.instant().minusSeconds(8), this.clock.instant());
		}

		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM calibration_sample WHERE source = 'badge-in'",
				Integer.class))
			.isEqualTo(CalibrationSampleTable.KEPT_BADGE_IN);
		assertThat(this.jdbc
			.queryForObject("SELECT MIN(taken_at) FROM calibration_sample WHERE source = 'badge-in'",
					java.sql.Timestamp.class)
			.toInstant())
			.isEqualTo(this.clock.instant().minus(Duration.ofHours(CalibrationSampleTable.KEPT_BADGE_IN - 1)));
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM calibration_sample WHERE source = 'enrolment'",
				Integer.class))
			.isEqualTo(1);
		assertThat(this.calibrations.all()).singleElement().extracting(PhoneCalibration::spotLevelDbm).isEqualTo(-50.0);
	}

	@Test
	void anUnknownPhoneIsNotFound() {
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.calibration.calibrate(PhoneId.of(999), "dana"));
	}

	private void heard(HeardLevel... levels) {
		given(this.presence.levels(anyLong(), any(), any())).willReturn(List.of(levels));
	}

	private PhoneRef phone(String badge, String address) {
		EmployeeRef employee = this.enrolment.enrolEmployee("Ada " + badge, badge, "2468", "admin");
		PhoneRef phone = this.enrolment.enrolPhone(employee.id(), "Pixel", Platform.ANDROID, "admin");
		this.enrolment.addIdentity(phone.id(), new FixedAddressIdentity(BleAddress.parse(address)), "admin");
		return phone;
	}

	private long identityOf(PhoneRef phone) {
		return this.jdbc.queryForObject("SELECT id FROM ble_identity WHERE phone_id = ?", Long.class,
				phone.id().value());
	}

	private int samples() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM calibration_sample", Integer.class);
	}

}
