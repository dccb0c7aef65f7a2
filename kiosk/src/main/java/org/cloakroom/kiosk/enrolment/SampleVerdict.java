package org.cloakroom.kiosk.enrolment;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Whether a phone calibration uses a calibration sample and, if not, why not; see
 * {@link SpotLevelEstimator} for the rules.
 */
public enum SampleVerdict {

	ACCEPTED("accepted"),
	/** Fewer packets than a sample needs: the median of a few packets says little. */
	TOO_FEW_PACKETS("too-few-packets"),
	/** More than ±40 dB from the reference level: not a phone at the spot. */
	BEYOND_LIMIT("beyond-limit"),
	/** Too far from the other samples' robust median (median/MAD rule). */
	OUTLIER("outlier"),
	/** No usable enrolment sample anchors the identity on this adapter yet. */
	NO_ENROLMENT_SAMPLE("no-enrolment-sample");

	private final String word;

	SampleVerdict(String word) {
		this.word = word;
	}

	@JsonValue
	public String word() {
		return this.word;
	}

	public boolean accepted() {
		return this == ACCEPTED;
	}

	/** The verdict a table row holds: accepted, or the word of why not. */
	static SampleVerdict of(boolean accepted, String rejectedBecause) {
		if (accepted) {
			return ACCEPTED;
		}
		for (SampleVerdict verdict : values()) {
			if (verdict.word.equals(rejectedBecause)) {
				return verdict;
			}
		}
		throw new IllegalStateException("Not a reason to reject a calibration sample: '" + rejectedBecause + "'");
	}

}
