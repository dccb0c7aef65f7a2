package org.cloakroom.kiosk.ble.evaluation;

/**
 * What a recording is a case of: the data set, the body position (pc-ng's two-letter code
 * for receiver and transmitter, e.g. HP: receiver in the hand, transmitter in a pocket;
 * Herald's {@code rig}: no body) and the two phones.
 */
public record Case(String dataset, String position, String receiver, String transmitter) {

	/** The trace label's scenario: {@code pc-ng HP}. */
	public String scenario() {
		return this.dataset + " " + this.position;
	}

	/**
	 * The trace label's device: {@code HTC One M9<-gryphonelab} (receiver ← transmitter).
	 */
	public String pair() {
		return this.receiver + "<-" + this.transmitter;
	}

	/** Whether both phones are in the hand, or on Herald's rig with no body at all. */
	public boolean inTheHand() {
		return this.position.equals("HH") || this.position.equals(HeraldRecordings.POSITION);
	}

}
