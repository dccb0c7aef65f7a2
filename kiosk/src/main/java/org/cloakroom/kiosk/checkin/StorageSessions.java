package org.cloakroom.kiosk.checkin;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cloakroom.kiosk.NotFoundException;

import org.springframework.stereotype.Service;

/** Reads storage sessions. */
@Service
public class StorageSessions {

	static final Set<SessionState> HOLDING_A_LOCKER = EnumSet.of(SessionState.DEPOSITING, SessionState.STORED,
			SessionState.COLLECTING);

	private final StorageSessionRepository repository;

	StorageSessions(StorageSessionRepository repository) {
		this.repository = repository;
	}

	public SessionView get(long sessionId) {
		return this.repository.findById(sessionId)
			.map(StorageSession::view)
			.orElseThrow(() -> new NotFoundException("Storage session", sessionId));
	}

	/** Sessions that hold a locker now. */
	public List<SessionView> active() {
		return this.repository.findByStateIn(HOLDING_A_LOCKER).stream().map(StorageSession::view).toList();
	}

	/** The employee's session holding a locker, if any. */
	public Optional<SessionView> activeFor(long employeeId) {
		return this.repository.findFirstByEmployeeIdAndStateInOrderByOpenedAtDesc(employeeId, HOLDING_A_LOCKER)
			.map(StorageSession::view);
	}

}
