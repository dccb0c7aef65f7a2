package org.cloakroom.kiosk.enrolment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SpotLevelEstimatorTest {

	private static final Instant AT = Instant.parse("2026-12-07T08:00:00Z");

	/** Reference −59 dBm, 5 packets a sample. */
	private final SpotLevelEstimator estimator = new SpotLevelEstimator(-59, 5);

	@Test
	void anEnrolmentSampleCalibratesThePhoneAtItsLevel() {
		SpotLevelEstimate estimate = this.estimator.estimate(List.of(enrolment(-48, 2)), 0);

		assertThat(estimate.levelDbm()).hasValue(-48);
		assertThat(estimate.samples()).extracting(CalibrationSample::verdict).containsExactly(SampleVerdict.ACCEPTED);
		// one enrolment sample weighs 3: 1 − e^−1.5, and a spread of 2 dB over 20 packets
		// (a median good to about 0.8 dB) costs nothing
		assertThat(estimate.confidence()).isCloseTo(1 - Math.exp(-1.5), within(0.01));
	}

	@Test
	void badgeInsAloneCalibrateNothing() {
		SpotLevelEstimate estimate = this.estimator.estimate(List.of(badgeIn(-60), badgeIn(-61), badgeIn(-59)), 0);

		assertThat(estimate.calibrated()).isFalse();
		assertThat(estimate.confidence()).isZero();
		assertThat(estimate.samples()).extracting(CalibrationSample::verdict)
			.containsOnly(SampleVerdict.NO_ENROLMENT_SAMPLE);
	}

	@Test
	void badgeInsNearTheEnrolmentLevelRaiseTheConfidence() {
		SpotLevelEstimate enrolled = this.estimator.estimate(List.of(enrolment(-50, 2)), 0);
		SpotLevelEstimate refined = this.estimator
			.estimate(List.of(enrolment(-50, 2), badgeIn(-52), badgeIn(-49), badgeIn(-51)), 0);

		assertThat(refined.samples()).extracting(CalibrationSample::verdict).containsOnly(SampleVerdict.ACCEPTED);
		assertThat(refined.levelDbm().getAsDouble()).isBetween(-51.0, -50.0);
		assertThat(refined.confidence()).isGreaterThan(enrolled.confidence() + 0.15);
	}

	@Test
	void theEnrolmentAnchorsUntilBadgeInsOutweighItThenTheyCarryTheEstimate() {
		// in the hand at enrolment, in the pocket at every badge-in: 13 dB lower
		List<CalibrationSample> samples = new ArrayList<>(List.of(enrolment(-50, 2), badgeIn(-63), badgeIn(-63)));
		SpotLevelEstimate few = this.estimator.estimate(samples, 0);
		samples.addAll(List.of(badgeIn(-63), badgeIn(-64)));
		SpotLevelEstimate many = this.estimator.estimate(samples, 0);

		assertThat(few.levelDbm()).hasValue(-50);
		assertThat(few.samples()).extracting(CalibrationSample::verdict)
			.containsExactly(SampleVerdict.ACCEPTED, SampleVerdict.OUTLIER, SampleVerdict.OUTLIER);
		assertThat(many.levelDbm()).hasValue(-63);
		assertThat(many.samples().get(0).verdict()).isEqualTo(SampleVerdict.OUTLIER);
	}

	@Test
	void anOutlierIsRejectedAndMovesNothing() {
		List<CalibrationSample> consistent = List.of(enrolment(-55, 2), enrolment(-54, 2), badgeIn(-56), badgeIn(-55));
		List<CalibrationSample> withOutlier = new ArrayList<>(consistent);
		withOutlier.add(badgeIn(-80));

		SpotLevelEstimate without = this.estimator.estimate(consistent, 0);
		SpotLevelEstimate with = this.estimator.estimate(withOutlier, 0);

		assertThat(with.samples().get(4).verdict()).isEqualTo(SampleVerdict.OUTLIER);
		assertThat(with.levelDbm()).isEqualTo(without.levelDbm());
		assertThat(with.confidence()).isEqualTo(without.confidence());
	}

	@Test
	void levelsMoreThanFortyDbFromTheReferenceAreBeyondTheLimit() {
		SpotLevelEstimate estimate = this.estimator
			.estimate(List.of(enrolment(-99, 2), enrolment(-100, 2), enrolment(-19, 2), enrolment(-18.5, 2)), 0);

		assertThat(estimate.samples()).extracting(CalibrationSample::verdict)
			.containsExactly(SampleVerdict.ACCEPTED, SampleVerdict.BEYOND_LIMIT, SampleVerdict.ACCEPTED,
					SampleVerdict.BEYOND_LIMIT);
	}

	@Test
	void theLimitIsReadAfterTheAdaptersOffset() {
		// an adapter 10 dB louder than the reference hears a phone at the limit at −9
		assertThat(this.estimator.estimate(List.of(enrolment(-9, 2)), 10).levelDbm()).hasValue(-9);
		assertThat(this.estimator.estimate(List.of(enrolment(-9, 2)), 0).calibrated()).isFalse();
	}

	@Test
	void aSampleOfTooFewPacketsIsNotUsedAndCannotAnchor() {
		CalibrationSample few = new CalibrationSample(1, "hci0", -50, 1, 4, CalibrationSource.ENROLMENT, AT,
				SampleVerdict.ACCEPTED);

		SpotLevelEstimate estimate = this.estimator.estimate(List.of(few, badgeIn(-50)), 0);

		assertThat(estimate.calibrated()).isFalse();
		assertThat(estimate.samples()).extracting(CalibrationSample::verdict)
			.containsExactly(SampleVerdict.TOO_FEW_PACKETS, SampleVerdict.NO_ENROLMENT_SAMPLE);
	}

	@Test
	void aNoisySampleCountsForLessThanAQuietOne() {
		double quiet = this.estimator.estimate(List.of(enrolment(-50, 2)), 0).confidence();
		double noisy = this.estimator.estimate(List.of(enrolment(-50, 8)), 0).confidence();

		assertThat(noisy).isLessThan(quiet * 0.75);
	}

	@Property
	void theEstimateIsAnAcceptedLevelWithinTheLimitAndTheConfidenceAFraction(
			@ForAll @Size(min = 1, max = 5) List<@DoubleRange(min = -120, max = 0) Double> enrolments,
			@ForAll @Size(max = 30) List<@DoubleRange(min = -120, max = 0) Double> badgeIns,
			@ForAll @DoubleRange(min = 0, max = 15) double spread) {
		List<CalibrationSample> samples = new ArrayList<>();
		enrolments.forEach((level) -> samples.add(enrolment(level, spread)));
		badgeIns.forEach((level) -> samples.add(badgeIn(level)));

		SpotLevelEstimate estimate = this.estimator.estimate(samples, 0);

		assertThat(estimate.confidence()).isBetween(0.0, 1.0);
		assertThat(estimate.samples()).hasSameSizeAs(samples);
		estimate.levelDbm().ifPresent((level) -> {
			assertThat(level).isBetween(-59.0 - 40, -59.0 + 40);
			List<Double> accepted = estimate.samples()
				.stream()
				.filter((sample) -> sample.verdict().accepted())
				.map(CalibrationSample::levelDbm)
				.toList();
			assertThat(level).isBetween(accepted.stream().min(Double::compare).orElseThrow(),
					accepted.stream().max(Double::compare).orElseThrow());
		});
	}

	/**
	 * Enrolment samples 1 dB apart, a badge-in further than 3 · 3 dB (the floor of the
	 * scale) beyond the furthest of them.
	 */
	@Property
	void oneWildBadgeInNeverMovesAnAnchoredEstimate(@ForAll @DoubleRange(min = -90, max = -30) double level,
			@ForAll @IntRange(min = 2, max = 5) int enrolments, @ForAll @DoubleRange(min = 10.1, max = 30) double wild,
			@ForAll boolean louder) {
		List<CalibrationSample> samples = new ArrayList<>();
		for (int i = 0; i < enrolments; i++) {
			samples.add(enrolment(level + (i % 2), 2));
		}
		double before = this.estimator.estimate(samples, 0).levelDbm().getAsDouble();
		samples.add(badgeIn(louder ? level + 1 + wild : level - wild));

		SpotLevelEstimate after = this.estimator.estimate(samples, 0);

		assertThat(after.levelDbm()).hasValue(before);
		assertThat(after.samples().get(enrolments).verdict()).isIn(SampleVerdict.OUTLIER, SampleVerdict.BEYOND_LIMIT);
	}

	private static CalibrationSample enrolment(double level, double spread) {
		return new CalibrationSample(1, "hci0", level, spread, 20, CalibrationSource.ENROLMENT, AT,
				SampleVerdict.ACCEPTED);
	}

	private static CalibrationSample badgeIn(double level) {
		return new CalibrationSample(1, "hci0", level, 2, 12, CalibrationSource.BADGE_IN, AT, SampleVerdict.ACCEPTED);
	}

}
