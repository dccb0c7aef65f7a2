package org.cloakroom.kiosk.checkin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.cloakroom.kiosk.NotFoundException;
import org.cloakroom.kiosk.enrolment.EmployeeRef;
import org.cloakroom.kiosk.policy.Decision;

/**
 * One employee's conversation at the door, kept in memory: it is cheap to start again,
 * and everything that matters (declarations, sessions) is persisted as it happens.
 */
final class DoorVisit {

	private final UUID id = UUID.randomUUID();

	private final EmployeeRef employee;

	private final Instant startedAt;

	private final List<PhoneAssessment> phones;

	private final UnenrolledNotice unenrolled;

	private Long sessionId;

	DoorVisit(EmployeeRef employee, List<PhoneAssessment> phones, UnenrolledNotice unenrolled, Instant startedAt) {
		this.employee = employee;
		this.phones = new ArrayList<>(phones);
		this.unenrolled = unenrolled;
		this.startedAt = startedAt;
	}

	synchronized PhoneAssessment answer(long phoneId, boolean carried) {
		for (int i = 0; i < this.phones.size(); i++) {
			PhoneAssessment phone = this.phones.get(i);
			if (phone.phoneId() == phoneId) {
				if (phone.question() == null) {
					throw new IllegalArgumentException("The kiosk asked nothing about phone " + phoneId + " ("
							+ phone.label() + ") in visit " + this.id);
				}
				if (this.sessionId != null) {
					throw new IllegalStateException("Visit " + this.id + " already has a locker; answers are closed");
				}
				PhoneAssessment answered = phone.answered(carried);
				this.phones.set(i, answered);
				return answered;
			}
		}
		throw new NotFoundException("Phone of " + this.employee.name() + " in this visit:", phoneId);
	}

	/** Replaces a phone's assessment after its apps were re-attested. */
	synchronized PhoneAssessment reattested(long phoneId, Decision decision) {
		if (this.sessionId != null) {
			throw new IllegalStateException("Visit " + this.id + " already has a locker; it is too late to re-attest");
		}
		for (int i = 0; i < this.phones.size(); i++) {
			PhoneAssessment phone = this.phones.get(i);
			if (phone.phoneId() == phoneId) {
				if (!phone.attestationDue()) {
					throw new IllegalStateException(
							"Phone " + phoneId + " (" + phone.label() + ") has no re-attestation due");
				}
				PhoneAssessment fresh = phone.reattested(decision);
				this.phones.set(i, fresh);
				return fresh;
			}
		}
		throw new NotFoundException("Phone of " + this.employee.name() + " in this visit:", phoneId);
	}

	synchronized boolean hasOpenQuestions() {
		return this.phones.stream().anyMatch(PhoneAssessment::needsAnswer);
	}

	synchronized Set<Long> phonesToStore() {
		return this.phones.stream()
			.filter(PhoneAssessment::toStore)
			.map(PhoneAssessment::phoneId)
			.collect(Collectors.toUnmodifiableSet());
	}

	synchronized boolean somethingToStore() {
		return !phonesToStore().isEmpty() || this.unenrolled.toStore() > 0;
	}

	synchronized void sessionOpened(long sessionId) {
		if (this.sessionId != null) {
			throw new IllegalStateException("Visit " + this.id + " already opened session " + this.sessionId);
		}
		this.sessionId = sessionId;
	}

	synchronized List<PhoneAssessment> phones() {
		return List.copyOf(this.phones);
	}

	synchronized Long sessionId() {
		return this.sessionId;
	}

	UUID id() {
		return this.id;
	}

	EmployeeRef employee() {
		return this.employee;
	}

	UnenrolledNotice unenrolled() {
		return this.unenrolled;
	}

	Instant startedAt() {
		return this.startedAt;
	}

}
