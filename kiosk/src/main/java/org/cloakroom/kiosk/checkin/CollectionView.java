package org.cloakroom.kiosk.checkin;

import java.time.Instant;

/**
 * A collection at the kiosk: which locker is open for whom, until when, and how it went.
 */
public record CollectionView(long sessionId, long employeeId, String employeeName, int lockerId, SessionState state,
		Instant lockerDeadline) {

	/** The phones were taken and the locker is free. */
	public boolean done() {
		return this.state == SessionState.ENDED;
	}

}
