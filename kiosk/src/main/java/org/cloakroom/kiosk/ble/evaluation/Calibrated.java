package org.cloakroom.kiosk.ble.evaluation;

/** Which spot level a column of the evaluation gives the phone. */
public enum Calibrated {

	/**
	 * As enrolment takes it: a few seconds in the hand at the spot (pc-ng: from the
	 * hand–hand file of the same phone pair; where a pair has none, not scored).
	 */
	ENROLMENT("enrolment"),
	/** After badge-in refinement: a separate stretch in the same carrying position. */
	REFINED("refined"),
	/** No calibration: the absolute levels. */
	NONE("none");

	private final String label;

	Calibrated(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
