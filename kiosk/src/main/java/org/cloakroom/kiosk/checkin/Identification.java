package org.cloakroom.kiosk.checkin;

/**
 * How an employee identifies at the kiosk: a badge read by the reader ({@code pin} null),
 * or the badge number typed with a PIN.
 */
public record Identification(String badgeId, String pin) {

	public Identification {
		if (badgeId == null || badgeId.isBlank()) {
			throw new CheckInRefusal.NoBadge();
		}
		badgeId = badgeId.strip();
	}

	public static Identification badge(String badgeId) {
		return new Identification(badgeId, null);
	}

	public boolean withPin() {
		return this.pin != null;
	}

	/**
	 * How the employee identified, as the log records it: {@code pin} or {@code badge}.
	 */
	public String identifiedBy() {
		return withPin() ? "pin" : "badge";
	}

	@Override
	public String toString() {
		return "Identification[badgeId=" + this.badgeId + (withPin() ? ", pin=hidden]" : "]");
	}

}
