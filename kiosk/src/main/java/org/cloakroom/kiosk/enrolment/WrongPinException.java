package org.cloakroom.kiosk.enrolment;

/** A PIN did not match the badge's employee; the attempt was counted. */
public class WrongPinException extends EnrolmentRefusal {

	private final int attemptsLeft;

	public WrongPinException(String badgeId, int attemptsLeft) {
		super(Kind.NOT_ALLOWED, "wrong-pin", badgeId, String.valueOf(attemptsLeft));
		this.attemptsLeft = attemptsLeft;
	}

	public int attemptsLeft() {
		return this.attemptsLeft;
	}

}
