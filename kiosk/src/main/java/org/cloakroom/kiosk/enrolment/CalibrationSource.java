package org.cloakroom.kiosk.enrolment;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a calibration sample comes from: enrolment (the phone held at the spot on
 * purpose) anchors a phone calibration, a badge-in (the employee standing at the spot)
 * refines it.
 */
public enum CalibrationSource {

	ENROLMENT("enrolment"), BADGE_IN("badge-in");

	private final String word;

	CalibrationSource(String word) {
		this.word = word;
	}

	/** The word in the table, the API and the log. */
	@JsonValue
	public String word() {
		return this.word;
	}

	static CalibrationSource of(String word) {
		for (CalibrationSource source : values()) {
			if (source.word.equals(word)) {
				return source;
			}
		}
		throw new IllegalStateException("Not a calibration source: '" + word + "'");
	}

}
