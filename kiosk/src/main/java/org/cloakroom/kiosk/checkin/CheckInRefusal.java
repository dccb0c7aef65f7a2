package org.cloakroom.kiosk.checkin;

import org.cloakroom.kiosk.Refusal;
import org.cloakroom.kiosk.enrolment.PhoneId;

/**
 * What a check-in, a collection or the kiosk's screen refuses on purpose; the words are
 * {@code refusal.<code>} in {@code messages/checkin.properties}.
 */
public abstract class CheckInRefusal extends Refusal {

	private CheckInRefusal(Kind kind, String code, Object... arguments) {
		super(kind, code, arguments);
	}

	/** An identification without a badge number. */
	public static final class NoBadge extends CheckInRefusal {

		NoBadge() {
			super(Kind.INVALID, "checkin.no-badge");
		}

	}

	/**
	 * A badge number typed without its PIN: only a badge read by the reader identifies
	 * without one. Names the field, {@code pin}.
	 */
	public static final class PinRequired extends CheckInRefusal {

		PinRequired(String badgeId) {
			super(Kind.INVALID, "checkin.pin-required", "pin", badgeId);
		}

	}

	/** The check-in timed out (or never was): the employee starts again. */
	public static final class Ended extends CheckInRefusal {

		Ended(CheckInId checkInId) {
			super(Kind.NOT_FOUND, "checkin.ended", checkInId);
		}

	}

	/** A phone that is not among the employee's phones in this check-in. */
	public static final class NotYourPhone extends CheckInRefusal {

		NotYourPhone(String employeeName, PhoneId phoneId) {
			super(Kind.NOT_FOUND, "checkin.not-your-phone", employeeName, phoneId);
		}

	}

	/** An answer about a phone the kiosk asked nothing about. */
	public static final class NothingAsked extends CheckInRefusal {

		NothingAsked(PhoneId phoneId, String label, CheckInId checkInId) {
			super(Kind.INVALID, "checkin.nothing-asked", phoneId, label, checkInId);
		}

	}

	/** An answer after a locker was unlocked for the phones. */
	public static final class AnswersClosed extends CheckInRefusal {

		AnswersClosed(CheckInId checkInId) {
			super(Kind.CONFLICT, "checkin.answers-closed", checkInId);
		}

	}

	/** A re-attestation after a locker was unlocked for the phones. */
	public static final class ReattestationClosed extends CheckInRefusal {

		ReattestationClosed(CheckInId checkInId) {
			super(Kind.CONFLICT, "checkin.reattestation-closed", checkInId);
		}

	}

	/** A re-attestation of a phone whose declaration is not due. */
	public static final class NoReattestationDue extends CheckInRefusal {

		NoReattestationDue(PhoneId phoneId, String label) {
			super(Kind.CONFLICT, "checkin.no-reattestation-due", phoneId, label);
		}

	}

	/** Storing before every question is answered. */
	public static final class QuestionsOpen extends CheckInRefusal {

		QuestionsOpen(CheckInId checkInId) {
			super(Kind.CONFLICT, "checkin.questions-open", checkInId);
		}

	}

	/** Storing when no phone must be stored. */
	public static final class NothingToStore extends CheckInRefusal {

		NothingToStore(CheckInId checkInId) {
			super(Kind.CONFLICT, "checkin.nothing-to-store", checkInId);
		}

	}

	/** Collecting when the employee has no phone in a locker. */
	public static final class NothingStored extends CheckInRefusal {

		NothingStored(String employeeName) {
			super(Kind.CONFLICT, "checkin.nothing-stored", employeeName);
		}

	}

	/** A step the kiosk's screen is not showing (a choice, a check-in). */
	public static final class NotShowing extends CheckInRefusal {

		NotShowing(String expected, KioskScreen.Kind showing) {
			super(Kind.CONFLICT, "checkin.not-showing", expected, showing);
		}

	}

}
