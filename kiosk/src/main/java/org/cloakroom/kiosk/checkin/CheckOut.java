package org.cloakroom.kiosk.checkin;

import java.time.Instant;

import org.cloakroom.kiosk.enrolment.EmployeeDirectory;
import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.enrolment.EmployeeRef;
import org.cloakroom.kiosk.locker.Lockers;

import org.springframework.stereotype.Service;

/**
 * The way out: identify, unlock the employee's locker, and end the session once the door
 * is shut.
 */
@Service
public class CheckOut {

	private final EmployeeIdentifier identifier;

	private final EmployeeDirectory employees;

	private final StorageSessions sessions;

	private final Lockers lockers;

	CheckOut(EmployeeIdentifier identifier, EmployeeDirectory employees, StorageSessions sessions, Lockers lockers) {
		this.identifier = identifier;
		this.employees = employees;
		this.sessions = sessions;
		this.lockers = lockers;
	}

	/**
	 * Unlocks the locker holding the employee's phones.
	 * @throws NothingStoredException when the employee has nothing stored
	 */
	public CollectionView start(Identification who) {
		return start(this.identifier.identify(who));
	}

	/** The same for an employee the kiosk identified already in this conversation. */
	CollectionView start(EmployeeRef employee) {
		SessionView session = this.sessions.activeFor(employee.id().value())
			.filter(active -> active.state() == SessionState.STORED)
			.orElseThrow(() -> new NothingStoredException(employee.name()));
		this.lockers.release(session.lockerId(), session.id());
		return collection(session.id());
	}

	public CollectionView collection(long sessionId) {
		SessionView session = this.sessions.get(sessionId);
		if (session.lockerId() == null) {
			throw new IllegalStateException("Session " + sessionId + " never had a locker");
		}
		String name = this.employees.byId(EmployeeId.of(session.employeeId())).map(EmployeeRef::name).orElse("?");
		Instant deadline = (session.state() == SessionState.COLLECTING)
				? this.lockers.get(session.lockerId()).deadline() : null;
		return new CollectionView(session.id(), session.employeeId(), name, session.lockerId(), session.state(),
				deadline);
	}

}
