package org.cloakroom.kiosk.enrolment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * Estimates one identity's spot level on one adapter from its calibration samples; a pure
 * function of the samples, so the table, the API and the BLE module all read the same
 * estimate.
 * <p>
 * The rules, in order:
 * <ol>
 * <li>A sample with fewer than {@code minPackets} packets is {@code too-few-packets}; one
 * whose level, after the adapter's offset, is more than {@value #MAX_OFFSET_DB} dB from
 * the reference level is {@code beyond-limit} (phone models differ by about 38 dB, so 40
 * dB covers any phone at the spot; anything further was not at the spot).</li>
 * <li>Without a usable enrolment sample there is no estimate: an uncalibrated phone's
 * proximity is unknown, never guessed from badge-ins alone
 * ({@code no-enrolment-sample}).</li>
 * <li>Enrolment anchors, badge-ins refine: the weighted median {@code m} of the usable
 * levels, an enrolment sample weighing {@value #ENROLMENT_WEIGHT} badge-ins. Once
 * badge-ins outnumber that weight they move the estimate towards where the owner
 * habitually carries the phone, which is what the spot level is for.</li>
 * <li>Outliers (median/MAD rule): with {@code s = max(}{@value #MIN_SCALE_DB}{@code ,
 * 1.4826 × weighted median |level − m|)}, a sample further than
 * {@value #OUTLIER_SCALES}{@code ·s} from {@code m} is {@code outlier} (the 3-MAD rule;
 * the floor keeps a few near-identical samples from rejecting an ordinary one).</li>
 * <li>The estimate is the weighted median of the accepted levels.</li>
 * <li>Confidence is {@code (1 − e^(−n/2)) · e^(−max(0, e − 2)/3)}: {@code n} the accepted
 * weight (one enrolment sample 0.78, two 0.95), {@code e} the standard error of the
 * estimate in dB, the larger of the error between the samples ({@code 1.2533 · σ / √k}
 * over {@code k} samples, σ = 1.4826 × their MAD around the estimate) and the median
 * error within them (the same over each sample's packets). A phone's packets spread 5–10
 * dB whatever its calibration, so it is the error of the medians, not that spread, that
 * makes a calibration uncertain: ten seconds at the spot pin the level to 1–2 dB, well
 * inside the 6 dB a phone must fall to leave the door, while samples that disagree (or a
 * handful of wild packets) count for less.</li>
 * </ol>
 */
final class SpotLevelEstimator {

	static final double MAX_OFFSET_DB = 40;

	static final double ENROLMENT_WEIGHT = 3;

	static final double OUTLIER_SCALES = 3;

	static final double MIN_SCALE_DB = 3;

	/** A MAD times this is the standard deviation of normal noise. */
	private static final double MAD_TO_SIGMA = 1.4826;

	private final double referenceDbm;

	private final int minPackets;

	/**
	 * @param referenceDbm the reference level
	 * ({@code cloakroom.ble.proximity.reference-power-dbm})
	 * @param minPackets packets a sample needs
	 */
	SpotLevelEstimator(double referenceDbm, int minPackets) {
		if (minPackets < 1) {
			throw new IllegalArgumentException("A calibration sample needs at least 1 packet, got " + minPackets);
		}
		this.referenceDbm = referenceDbm;
		this.minPackets = minPackets;
	}

	/**
	 * The estimate from one identity's samples on one adapter; {@code offsetDb} is how
	 * many dB louder the adapter hears than the reference adapter.
	 */
	SpotLevelEstimate estimate(List<CalibrationSample> samples, double offsetDb) {
		List<CalibrationSample> judged = new ArrayList<>(samples.size());
		List<CalibrationSample> usable = new ArrayList<>();
		for (CalibrationSample sample : samples) {
			SampleVerdict verdict = usable(sample, offsetDb);
			judged.add(sample.judged(verdict));
			if (verdict.accepted()) {
				usable.add(sample);
			}
		}
		if (usable.stream().noneMatch((sample) -> sample.source() == CalibrationSource.ENROLMENT)) {
			return new SpotLevelEstimate(OptionalDouble.empty(), 0, rejectUsable(judged));
		}
		double median = weightedMedian(usable, CalibrationSample::levelDbm);
		double scale = Math.max(MIN_SCALE_DB,
				MAD_TO_SIGMA * weightedMedian(usable, (sample) -> Math.abs(sample.levelDbm() - median)));
		List<CalibrationSample> accepted = new ArrayList<>();
		for (int i = 0; i < judged.size(); i++) {
			CalibrationSample sample = judged.get(i);
			if (sample.verdict().accepted()) {
				if (Math.abs(sample.levelDbm() - median) > OUTLIER_SCALES * scale) {
					judged.set(i, sample.judged(SampleVerdict.OUTLIER));
				}
				else {
					accepted.add(sample);
				}
			}
		}
		double level = weightedMedian(accepted, CalibrationSample::levelDbm);
		return new SpotLevelEstimate(OptionalDouble.of(level), confidence(accepted, level), judged);
	}

	private SampleVerdict usable(CalibrationSample sample, double offsetDb) {
		if (sample.packets() < this.minPackets) {
			return SampleVerdict.TOO_FEW_PACKETS;
		}
		if (Math.abs(sample.levelDbm() - offsetDb - this.referenceDbm) > MAX_OFFSET_DB) {
			return SampleVerdict.BEYOND_LIMIT;
		}
		return SampleVerdict.ACCEPTED;
	}

	private static List<CalibrationSample> rejectUsable(List<CalibrationSample> judged) {
		return judged.stream()
			.map((sample) -> sample.verdict().accepted() ? sample.judged(SampleVerdict.NO_ENROLMENT_SAMPLE) : sample)
			.toList();
	}

	private static double confidence(List<CalibrationSample> accepted, double level) {
		double weight = accepted.stream().mapToDouble(SpotLevelEstimator::weight).sum();
		double between = (accepted.size() > 1) ? standardError(
				MAD_TO_SIGMA * weightedMedian(accepted, (sample) -> Math.abs(sample.levelDbm() - level)),
				accepted.size()) : 0;
		double within = weightedMedian(accepted,
				(sample) -> standardError(MAD_TO_SIGMA * sample.spreadDb(), sample.packets()));
		double error = Math.max(between, within);
		return (1 - Math.exp(-weight / 2)) * Math.exp(-Math.max(0, error - 2) / 3);
	}

	/** The standard error of a median of {@code n} values spread {@code sigma}. */
	private static double standardError(double sigma, int n) {
		return 1.2533 * sigma / Math.sqrt(Math.max(1, n));
	}

	static double weight(CalibrationSample sample) {
		return (sample.source() == CalibrationSource.ENROLMENT) ? ENROLMENT_WEIGHT : 1;
	}

	/**
	 * The weighted median of {@code value} over the samples: the lower one where the
	 * weight splits exactly in half, averaged with the next (as an unweighted median of
	 * an even count is).
	 */
	static double weightedMedian(List<CalibrationSample> samples, ToDoubleFunction<CalibrationSample> value) {
		List<Integer> order = IntStream.range(0, samples.size())
			.boxed()
			.sorted(Comparator.comparingDouble((Integer i) -> value.applyAsDouble(samples.get(i))))
			.toList();
		double total = samples.stream().mapToDouble(SpotLevelEstimator::weight).sum();
		double running = 0;
		for (int k = 0; k < order.size(); k++) {
			CalibrationSample sample = samples.get(order.get(k));
			running += weight(sample);
			if (running > total / 2) {
				return value.applyAsDouble(sample);
			}
			if (running == total / 2) {
				return (value.applyAsDouble(sample) + value.applyAsDouble(samples.get(order.get(k + 1)))) / 2;
			}
		}
		throw new IllegalArgumentException("No samples to take a median of");
	}

}
