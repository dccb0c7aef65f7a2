package org.cloakroom.kiosk.enrolment;

/** A PIN did not match the badge's employee; the attempt was counted. */
public class WrongPinException extends RuntimeException {

	private final int attemptsLeft;

	public WrongPinException(String badgeId, int attemptsLeft) {
		super("Wrong PIN for badge " + badgeId + "; " + attemptsLeft + " attempts left");
		this.attemptsLeft = attemptsLeft;
	}

	public int attemptsLeft() {
		return this.attemptsLeft;
	}

}
