package org.cloakroom.kiosk.locker;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;

/**
 * The locker bank's state machine. Every transition is persisted, with its audit event,
 * before the lock is told.
 */
@Service
public class Lockers {

	public List<LockerView> all() {
		throw new UnsupportedOperationException("TODO locker helper");
	}

	/**
	 * @throws org.cloakroom.kiosk.NotFoundException for an unknown id
	 */
	public LockerView get(int lockerId) {
		throw new UnsupportedOperationException("TODO locker helper");
	}

	public long freeCount() {
		throw new UnsupportedOperationException("TODO locker helper");
	}

	/**
	 * Reserves a free locker for the session and unlocks it: RESERVED until its door
	 * opens and closes (OCCUPIED) or the reservation times out (FREE).
	 * @throws NoFreeLockerException when none is free
	 */
	public LockerView reserveAny(long sessionId) {
		throw new UnsupportedOperationException("TODO locker helper");
	}

	/**
	 * Unlocks the session's OCCUPIED locker for collection: RELEASING until its door
	 * opens and closes (FREE) or the release times out (locked again, still OCCUPIED).
	 * @throws IllegalStateException naming the locker and its state when it does not hold
	 * that session
	 */
	public LockerView release(int lockerId, long sessionId) {
		throw new UnsupportedOperationException("TODO locker helper");
	}

	/**
	 * Relocks and frees reservations, and relocks releases, whose time is up at
	 * {@code now}.
	 */
	public void expireDeadlines(Instant now) {
		throw new UnsupportedOperationException("TODO locker helper");
	}

}
