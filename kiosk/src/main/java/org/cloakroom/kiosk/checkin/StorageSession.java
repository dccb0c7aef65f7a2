package org.cloakroom.kiosk.checkin;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One employee's phones in one locker. Guards its own transitions: a session only moves
 * along DEPOSITING → STORED → COLLECTING → ENDED (or back to STORED when a collection
 * times out), or from DEPOSITING to ABANDONED.
 */
@Table
class StorageSession {

	@Id
	private Long id;

	private final long employeeId;

	private Integer lockerId;

	private SessionState state;

	private final int unenrolledPhones;

	private final Instant openedAt;

	private Instant storedAt;

	private Instant endedAt;

	@Version
	private Long version;

	@MappedCollection
	private final Set<SessionPhone> phones;

	StorageSession(Long id, long employeeId, Integer lockerId, SessionState state, int unenrolledPhones,
			Instant openedAt, Instant storedAt, Instant endedAt, Long version, Set<SessionPhone> phones) {
		this.id = id;
		this.employeeId = employeeId;
		this.lockerId = lockerId;
		this.state = state;
		this.unenrolledPhones = unenrolledPhones;
		this.openedAt = openedAt;
		this.storedAt = storedAt;
		this.endedAt = endedAt;
		this.version = version;
		this.phones = phones;
	}

	static StorageSession open(long employeeId, Set<Long> phoneIds, int unenrolledPhones, Instant now) {
		if (phoneIds.isEmpty() && unenrolledPhones == 0) {
			throw new IllegalArgumentException("A storage session needs at least one phone");
		}
		Set<SessionPhone> phones = phoneIds.stream().map(SessionPhone::new).collect(Collectors.toSet());
		return new StorageSession(null, employeeId, null, SessionState.DEPOSITING, unenrolledPhones, now, null, null,
				null, phones);
	}

	void assignLocker(int lockerId) {
		require(SessionState.DEPOSITING, "be given a locker");
		if (this.lockerId != null) {
			throw new IllegalStateException("Session " + this.id + " already has locker " + this.lockerId);
		}
		this.lockerId = lockerId;
	}

	void stored(Instant now) {
		requireOneOf("be stored", SessionState.DEPOSITING, SessionState.COLLECTING);
		this.state = SessionState.STORED;
		if (this.storedAt == null) {
			this.storedAt = now;
		}
	}

	void abandon(Instant now) {
		require(SessionState.DEPOSITING, "be abandoned");
		this.state = SessionState.ABANDONED;
		this.endedAt = now;
	}

	void startCollection() {
		require(SessionState.STORED, "be collected");
		this.state = SessionState.COLLECTING;
	}

	void collected(Instant now) {
		require(SessionState.COLLECTING, "end");
		this.state = SessionState.ENDED;
		this.endedAt = now;
	}

	private void require(SessionState expected, String action) {
		requireOneOf(action, expected);
	}

	private void requireOneOf(String action, SessionState... allowed) {
		for (SessionState candidate : allowed) {
			if (this.state == candidate) {
				return;
			}
		}
		throw new IllegalStateException("Session " + this.id + " cannot " + action + " while " + this.state);
	}

	Long id() {
		return this.id;
	}

	long employeeId() {
		return this.employeeId;
	}

	Integer lockerId() {
		return this.lockerId;
	}

	SessionState state() {
		return this.state;
	}

	Set<Long> phoneIds() {
		return this.phones.stream().map(SessionPhone::phoneId).collect(Collectors.toUnmodifiableSet());
	}

	SessionView view() {
		return new SessionView(this.id, this.employeeId, this.lockerId, this.state, phoneIds(), this.unenrolledPhones,
				this.openedAt, this.storedAt, this.endedAt);
	}

}
