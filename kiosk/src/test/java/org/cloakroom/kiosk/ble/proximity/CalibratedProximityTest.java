package org.cloakroom.kiosk.ble.proximity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cloakroom.kiosk.ble.BadgePresence;
import org.cloakroom.kiosk.ble.BleProperties.Placement;
import org.cloakroom.kiosk.ble.HeardLevel;
import org.cloakroom.kiosk.ble.PhoneCalibration;
import org.cloakroom.kiosk.ble.ProximityProperties;
import org.cloakroom.kiosk.ble.SpotProperties;
import org.cloakroom.kiosk.ble.Zone;
import org.cloakroom.kiosk.ble.identity.Resolution.EnrolledPhone;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * Proximity read relative to calibration: adapter offsets, spot levels per identity,
 * zones by comparison between adapters, confidence, presence at badge and calibration
 * samples.
 */
class CalibratedProximityTest {

	private static final Instant T0 = Instant.parse("2026-12-07T09:00:00Z");

	private static final ProximityProperties RULES = ProximityProperties.defaults();

	/** A quiet phone (a Galaxy S9+ reads −84 dBm at 1 m) whose spot level is −80. */
	private static final EnrolledPhone QUIET = new EnrolledPhone(7, 70);

	private final List<String> changes = new ArrayList<>();

	private final List<Double> confidences = new ArrayList<>();

	private final ZoneListener listener = (subject, from, to, rssi, confidence, at) -> {
		this.changes.add(from + "->" + to);
		this.confidences.add(confidence);
	};

	@Test
	void aQuietPhoneAtItsSpotLevelIsAtTheDoorOnceCalibratedButNotBefore() {
		ProximityTracker uncalibrated = doorOnly(Map.of());
		hear(uncalibrated, QUIET, "door", -80, 0, 3000);
		assertThat(uncalibrated.sighting(QUIET).get().zone()).isNotEqualTo(Zone.AT_DOOR);

		ProximityTracker tracker = doorOnly(Map.of());
		tracker.calibrate(List.of(new PhoneCalibration(7, 70, "door", -80, 0.9)));
		hear(tracker, QUIET, "door", -80, 0, 3000);
		assertThat(this.changes).containsExactly("AWAY->AT_DOOR");
		assertThat(this.confidences.get(0)).isGreaterThan(0.5).isLessThanOrEqualTo(0.9);
	}

	@Test
	void readsEachIdentityAgainstItsOwnSpotLevel() {
		ProximityTracker tracker = doorOnly(Map.of());
		tracker.calibrate(List.of(new PhoneCalibration(7, 70, "door", -80, 1)));
		// identity 71 of the same phone has no spot level: the absolute levels place it
		hear(tracker, new EnrolledPhone(7, 71), "door", -80, 0, 3000);
		assertThat(tracker.sighting(QUIET).get().zone()).isEqualTo(Zone.AWAY);
		hear(tracker, QUIET, "door", -80, 3100, 6000);
		assertThat(tracker.sighting(QUIET).get().zone()).isEqualTo(Zone.AT_DOOR);
	}

	@Test
	void takesAnAdapterOffsetOffItsReadings() {
		// hci0 hears 20 dB louder than the reference: −45 is the reference's −65 (NEAR)
		ProximityTracker loud = doorOnly(Map.of("door", 20.0));
		hear(loud, QUIET, "door", -45, 0, 3000);
		assertThat(loud.sighting(QUIET).get().zone()).isEqualTo(Zone.NEAR);
		ProximityTracker plain = doorOnly(Map.of());
		hear(plain, QUIET, "door", -45, 0, 3000);
		assertThat(plain.sighting(QUIET).get().zone()).isEqualTo(Zone.AT_DOOR);
	}

	@Test
	void refusesAnAdapterOffsetBeyondFortyDbAndClampsAPhoneShiftToIt() {
		assertThatIllegalArgumentException().isThrownBy(() -> doorOnly(Map.of("door", 41.0)))
			.withMessageContaining("cloakroom.ble.adapter-offsets.door")
			.withMessageContaining("±40");
		ProximityTracker tracker = doorOnly(Map.of());
		// a spot level of −120 would shift by 72 dB; clamped to 40, −120 stays far away
		tracker.calibrate(List.of(new PhoneCalibration(7, 70, "door", -120, 1)));
		hear(tracker, QUIET, "door", -120, 0, 3000);
		assertThat(tracker.sighting(QUIET).get().zone()).isEqualTo(Zone.AWAY);
	}

	@Test
	void twoAdaptersPlaceACalibratedPhoneWhereItIsHeardBest() {
		ProximityTracker tracker = new ProximityTracker(RULES, "door", "inside");
		tracker.calibrate(List.of(new PhoneCalibration(7, 70, "door", -80, 1)));
		// body and model take 30 dB off both paths alike: inside still wins by 15 dB
		hear(tracker, QUIET, "door", -95, 0, 3000);
		hear(tracker, QUIET, "inside", -80, 0, 3000);
		assertThat(tracker.sighting(QUIET).get().zone()).isEqualTo(Zone.INSIDE);
		assertThat(this.changes).last().asString().endsWith("->INSIDE");
	}

	@Test
	void threeAdaptersCountTheLockersAsTheDoorSide() {
		ProximityTracker tracker = new ProximityTracker(RULES,
				Map.of("hci0", Placement.DOOR, "hci1", Placement.LOCKERS, "hci2", Placement.INSIDE));
		tracker.calibrate(List.of(new PhoneCalibration(7, 70, "hci0", -80, 1)));
		// at the lockers: the lockers' adapter hears it best, far above the inside
		hear(tracker, QUIET, "hci0", -100, 0, 3000);
		hear(tracker, QUIET, "hci1", -80, 0, 3000);
		hear(tracker, QUIET, "hci2", -110, 0, 3000);
		assertThat(tracker.sighting(QUIET).get().zone()).isEqualTo(Zone.AT_DOOR);
		// then through the door: the inside adapter wins
		hear(tracker, QUIET, "hci1", -105, 3100, 8000);
		hear(tracker, QUIET, "hci2", -78, 3100, 8000);
		assertThat(tracker.sighting(QUIET).get().zone()).isEqualTo(Zone.INSIDE);
		assertThat(tracker.limits()).isNull();
	}

	@Test
	void oneAdapterSaysWhatItCannotTell() {
		ProximityTracker tracker = new ProximityTracker(RULES, "door", "inside");
		assertThat(tracker.limits()).contains("no placed adapter");
		hear(tracker, QUIET, "door", -60, 0, 500);
		assertThat(tracker.limits())
			.isEqualTo("one adapter: cannot tell inside from the corridor (levels alone place the door)");
		assertThat(tracker.adaptersHeard()).containsExactly("door");
	}

	@Test
	void aZoneChangeIsMoreCertainTheFurtherPastItsBoundary() {
		ProximityTracker barely = doorOnly(Map.of());
		hearNoisy(barely, QUIET, -57, 0, 3000);
		ProximityTracker clearly = doorOnly(Map.of());
		hearNoisy(clearly, QUIET, -45, 0, 3000);
		assertThat(this.changes).containsExactly("AWAY->AT_DOOR", "AWAY->AT_DOOR");
		// uncalibrated: at most the trust in absolute levels (0.5)
		assertThat(this.confidences.get(0)).isLessThan(this.confidences.get(1));
		assertThat(this.confidences.get(1)).isCloseTo(0.5, within(0.01));
	}

	@Test
	void presenceAtBadgeCountsDoorSidePacketsAndPlacesOnlyACalibratedPhone() {
		// a spot level read 10 dB above the AT_DOOR boundary, whatever the defaults say
		ProximityTracker tracker = new ProximityTracker(RULES.withSpot(new SpotProperties(10, Duration.ZERO, 0.5)),
				"door", "inside");
		hear(tracker, QUIET, "door", -80, 0, 2000);
		hear(tracker, QUIET, "inside", -110, 0, 2000);
		BadgePresence unknown = tracker.atBadge(7, T0, T0.plusMillis(2000));
		assertThat(unknown.packets()).isEqualTo(21);
		assertThat(unknown.proximity()).isNull();
		assertThat(unknown.confidence()).isZero();

		tracker.calibrate(List.of(new PhoneCalibration(7, 70, "door", -80, 0.8)));
		BadgePresence placed = tracker.atBadge(7, T0, T0.plusMillis(2000));
		assertThat(placed.proximity()).isEqualTo(Zone.AT_DOOR);
		// 10 dB past the boundary, no spread: as sure as the calibration (0.8)
		assertThat(placed.confidence()).isCloseTo(0.8, within(1e-6));

		BadgePresence later = tracker.atBadge(7, T0.plusSeconds(60), T0.plusSeconds(70));
		assertThat(later.heard()).isFalse();
		assertThat(later.proximity()).isNull();
		assertThat(tracker.atBadge(99, T0, T0.plusSeconds(2)).heard()).isFalse();
	}

	@Test
	void presenceAtBadgePlacesAPhoneThatReachedTheSpotAfterAWalkInLongerThanItsStay() {
		ProximityTracker tracker = doorOnly(Map.of());
		tracker.calibrate(List.of(new PhoneCalibration(7, 70, "door", -80, 1)));
		hear(tracker, QUIET, "door", -95, 0, 7900);
		hear(tracker, QUIET, "door", -80, 8000, 10_000);
		// the window's median is the walk's; its loudest window-long stretch is the spot
		assertThat(tracker.atBadge(7, T0, T0.plusMillis(10_000)).proximity()).isEqualTo(Zone.AT_DOOR);
		assertThat(tracker.atBadge(7, T0, T0.plusMillis(7900)).proximity()).isNotEqualTo(Zone.AT_DOOR);
	}

	@Test
	void levelsArePerIdentityAndAdapterRawWithTheirSpread() {
		ProximityTracker tracker = new ProximityTracker(RULES,
				Map.of("door", Placement.DOOR, "inside", Placement.INSIDE), Map.of("door", 10.0));
		int[] rssis = { -70, -72, -74, -76, -90 };
		for (int i = 0; i < rssis.length; i++) {
			tracker.heard(QUIET, "door", T0.plusMillis(100 * i), rssis[i], this.listener);
		}
		tracker.heard(new EnrolledPhone(7, 71), "inside", T0.plusMillis(50), -88, this.listener);
		tracker.heard(QUIET, "door", T0.plusSeconds(30), -10, this.listener);
		List<HeardLevel> levels = tracker.levels(7, T0, T0.plusSeconds(1));
		assertThat(levels).containsExactlyInAnyOrder(new HeardLevel(70, "door", -74, 2, 5),
				new HeardLevel(71, "inside", -88, 0, 1));
	}

	private ProximityTracker doorOnly(Map<String, Double> offsets) {
		return new ProximityTracker(RULES, Map.of("door", Placement.DOOR), offsets);
	}

	private void hear(ProximityTracker tracker, EnrolledPhone phone, String adapter, int rssi, long fromMillis,
			long toMillis) {
		for (long t = fromMillis; t <= toMillis; t += 100) {
			tracker.heard(phone, adapter, T0.plusMillis(t), rssi, this.listener);
			tracker.advanceTo(T0.plusMillis(t), this.listener);
		}
	}

	/** ±4 dB around {@code rssi}, alternating, as real packets spread. */
	private void hearNoisy(ProximityTracker tracker, EnrolledPhone phone, int rssi, long fromMillis, long toMillis) {
		int sign = 1;
		for (long t = fromMillis; t <= toMillis; t += 100) {
			tracker.heard(phone, "door", T0.plusMillis(t), rssi + 4 * sign, this.listener);
			sign = -sign;
		}
	}

}
