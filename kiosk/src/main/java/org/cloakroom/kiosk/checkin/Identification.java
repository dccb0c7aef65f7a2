package org.cloakroom.kiosk.checkin;

/**
 * How an employee identifies at the kiosk, by source. A badge <em>read</em> by a reader
 * device is possession of the badge and needs no PIN; only {@link BadgeReads} (the port a
 * reader driver calls, in process) makes one. A badge number <em>typed</em> (on the
 * screen, or sent to the API) proves nothing on its own and always needs the badge's PIN:
 * without one it is refused here, before anything is looked up.
 */
public final class Identification {

	/** Where the badge number came from. */
	public enum Source {

		/** Read from the badge by a reader device: possession. */
		READER,
		/** Typed on a keypad or sent by a program: needs the PIN. */
		TYPED

	}

	private final String badgeId;

	private final String pin;

	private final Source source;

	private Identification(String badgeId, String pin, Source source) {
		if (badgeId == null || badgeId.isBlank()) {
			throw new CheckInRefusal.NoBadge();
		}
		this.badgeId = badgeId.strip();
		this.pin = pin;
		this.source = source;
	}

	/**
	 * A badge number typed with its PIN.
	 * @throws CheckInRefusal.NoBadge without a badge number
	 * @throws CheckInRefusal.PinRequired without a PIN
	 */
	public Identification(String badgeId, String pin) {
		this(badgeId, requirePin(badgeId, pin), Source.TYPED);
	}

	/** The same as {@link #Identification(String, String)}, by name. */
	public static Identification typed(String badgeId, String pin) {
		return new Identification(badgeId, pin);
	}

	/** A badge held to a reader: only {@link BadgeReads} makes these. */
	static Identification read(String badgeId) {
		return new Identification(badgeId, null, Source.READER);
	}

	private static String requirePin(String badgeId, String pin) {
		if (badgeId == null || badgeId.isBlank()) {
			throw new CheckInRefusal.NoBadge();
		}
		if (pin == null || pin.isBlank()) {
			throw new CheckInRefusal.PinRequired(badgeId.strip());
		}
		return pin;
	}

	public String badgeId() {
		return this.badgeId;
	}

	/** The PIN typed with the badge number; null for a badge read. */
	public String pin() {
		return this.pin;
	}

	public Source source() {
		return this.source;
	}

	public boolean withPin() {
		return this.source == Source.TYPED;
	}

	/**
	 * How the employee identified, as the log records it: {@code pin} (typed with the
	 * PIN) or {@code badge} (read by the reader).
	 */
	public String identifiedBy() {
		return withPin() ? "pin" : "badge";
	}

	@Override
	public String toString() {
		return "Identification[badgeId=" + this.badgeId + ", " + this.source + (withPin() ? ", pin=hidden]" : "]");
	}

}
