package org.cloakroom.kiosk.web.kiosk;

import org.cloakroom.kiosk.web.JavaTypes;
import org.cloakroom.kiosk.web.RefusalWords;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.cloakroom.kiosk.NotFoundException;
import org.cloakroom.kiosk.Refusal;
import org.cloakroom.kiosk.checkin.CheckInRefusal;
import org.cloakroom.kiosk.web.RefusalWords;
import org.cloakroom.kiosk.enrolment.UnknownBadgeException;
import org.cloakroom.kiosk.enrolment.WrongPinException;
import org.cloakroom.kiosk.locker.NoFreeLockerException;
import org.cloakroom.kiosk.security.PinEntryLockedException;

import org.springframework.context.MessageSource;

/** What the kiosk says to an employee when it refuses, in plain words. */
final class KioskWords {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

	private KioskWords() {
	}

	static String refusal(RuntimeException ex, MessageSource messages) {
		if (ex instanceof WrongPinException wrong) {
			return "That PIN is not right. " + wrong.attemptsLeft() + " attempts left.";
		}
		if (ex instanceof PinEntryLockedException locked) {
			return "Too many wrong PINs. Use your badge, or try the PIN again after "
					+ TIME.format(locked.lockedUntil()) + ".";
		}
		if (ex instanceof NoFreeLockerException) {
			return "No locker is free just now. Please call security.";
		}
		if (ex instanceof UnknownBadgeException) {
			return "The kiosk does not know that badge. Please call security.";
		}
		if (ex instanceof CheckInRefusal.Ended || ex instanceof NotFoundException) {
			// the check-in or collection this screen was showing has ended (timed out)
			return "That check-in has ended. Please start again.";
		}
		if (ex instanceof Refusal refusal) {
			return RefusalWords.of(messages, refusal);
		}
		if (JavaTypes.named(ex.getMessage())) {
			// a form field the screen never sends wrong: a hand-made post
			return "The kiosk did not understand that. Please start again.";
		}
		return ex.getMessage();
	}

}
