package org.cloakroom.kiosk.locker;

import java.time.Instant;

/**
 * Why a locker's lock is let go and until when: the sub-state of STORING, COLLECTING and
 * of an admin's open. {@code doorOpened} is set once the door opened (the lock is driven
 * locked again and the door's closing completes the step); {@code emptyCloses} counts how
 * often a storing's door closed on an empty tray (the kiosk asks again).
 */
record Unlock(Purpose purpose, Instant deadline, boolean doorOpened, int emptyCloses) {

	/** What the lock is let go for. */
	enum Purpose {

		/** To store a phone: the locker is STORING. */
		STORE,
		/** For the owner to collect: the locker is COLLECTING. */
		COLLECT,
		/**
		 * An admin's open: COLLECTING when a phone is inside, else the locker keeps its
		 * state.
		 */
		ADMIN

	}

	Unlock {
		if (purpose == null || deadline == null) {
			throw new IllegalArgumentException(
					"An unlock needs a purpose and a deadline, was " + purpose + " until " + deadline);
		}
		if (emptyCloses != 0 && purpose != Purpose.STORE) {
			throw new IllegalArgumentException("Only a storing counts empty closes, not " + purpose);
		}
	}

	static Unlock until(Purpose purpose, Instant deadline) {
		return new Unlock(purpose, deadline, false, 0);
	}

	Unlock withDoorOpened() {
		return new Unlock(this.purpose, this.deadline, true, this.emptyCloses);
	}

	/** The storing asks again after its door closed on an empty tray. */
	Unlock closedEmpty(Instant nextDeadline) {
		return new Unlock(this.purpose, nextDeadline, false, this.emptyCloses + 1);
	}

	/** Whether the deadline has passed at {@code now} without the door opening. */
	boolean expiredAt(Instant now) {
		return !this.doorOpened && !this.deadline.isAfter(now);
	}

	boolean isAdmin() {
		return this.purpose == Purpose.ADMIN;
	}

}
