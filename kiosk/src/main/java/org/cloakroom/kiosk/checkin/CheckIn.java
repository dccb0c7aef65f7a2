package org.cloakroom.kiosk.checkin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.cloakroom.kiosk.ble.BadgePresence;
import org.cloakroom.kiosk.enrolment.EmployeeRef;
import org.cloakroom.kiosk.enrolment.Enrolment;
import org.cloakroom.kiosk.enrolment.PhoneId;
import org.cloakroom.kiosk.locker.LockerView;
import org.cloakroom.kiosk.locker.Lockers;
import org.cloakroom.kiosk.locker.NoFreeLockerException;
import org.cloakroom.kiosk.policy.ComplianceCheck;
import org.cloakroom.kiosk.policy.UnenrolledPhoneAction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.cloakroom.kiosk.locker.StorageId;
import org.cloakroom.kiosk.policy.Decision;

/**
 * One employee's conversation at the door on the way in, kept in memory: it is cheap to
 * start again, and everything that matters (answers, storages) is recorded as it happens.
 */
final class CheckIn {

	private final CheckInId id = CheckInId.random();

	private final EmployeeRef employee;

	private final Instant startedAt;

	private final List<PhoneAssessment> phones;

	private final UnenrolledNotice unenrolled;

	/** Phones BLE placed here only after the badge; guarded by {@code this}. */
	private final Set<PhoneId> heardAfterBadge = new HashSet<>();

	private StorageId storageId;

	private boolean entryGranted;

	CheckIn(EmployeeRef employee, List<PhoneAssessment> phones, UnenrolledNotice unenrolled, Instant startedAt) {
		this.employee = employee;
		this.phones = new ArrayList<>(phones);
		this.unenrolled = unenrolled;
		this.startedAt = startedAt;
	}

	synchronized PhoneAssessment answer(PhoneId phoneId, boolean carried) {
		int i = indexOf(phoneId);
		PhoneAssessment phone = this.phones.get(i);
		// an answer racing the phone heard after the badge is still the employee's answer
		if (phone.question() == null && !this.heardAfterBadge.contains(phoneId)) {
			throw new CheckInRefusal.NothingAsked(phoneId, phone.label(), this.id);
		}
		if (this.storageId != null) {
			throw new CheckInRefusal.AnswersClosed(this.id);
		}
		PhoneAssessment answered = phone.answered(carried);
		this.phones.set(i, answered);
		return answered;
	}

	/** The phones the kiosk is asking about and the employee has not answered for. */
	synchronized List<PhoneId> unanswered() {
		return this.phones.stream().filter(PhoneAssessment::needsAnswer).map(PhoneAssessment::phoneId).toList();
	}

	/**
	 * BLE placed a phone here after the badge: while its question is still unanswered and
	 * no locker was opened, that answers it. Answers whether it did.
	 */
	synchronized boolean heardAfterBadge(PhoneId phoneId, BadgePresence presence) {
		int i = indexOf(phoneId);
		if (this.storageId != null || !this.phones.get(i).needsAnswer()) {
			return false;
		}
		this.phones.set(i, this.phones.get(i).heardAfterBadge(presence));
		this.heardAfterBadge.add(phoneId);
		return true;
	}

	/** The phones with the employee at the spot: placed here by BLE, or said to be. */
	synchronized List<PhoneId> withEmployee() {
		return this.phones.stream().filter(PhoneAssessment::withEmployee).map(PhoneAssessment::phoneId).toList();
	}

	/** Replaces a phone's assessment after its apps were re-attested. */
	synchronized PhoneAssessment reattested(PhoneId phoneId, Decision decision) {
		if (this.storageId != null) {
			throw new CheckInRefusal.ReattestationClosed(this.id);
		}
		int i = indexOf(phoneId);
		PhoneAssessment phone = this.phones.get(i);
		if (!phone.attestationDue()) {
			throw new CheckInRefusal.NoReattestationDue(phoneId, phone.label());
		}
		PhoneAssessment fresh = phone.reattested(decision);
		this.phones.set(i, fresh);
		return fresh;
	}

	/** Checks that a phone is one of this check-in's, before anything is recorded. */
	synchronized void requirePhone(PhoneId phoneId) {
		indexOf(phoneId);
	}

	synchronized boolean hasOpenQuestions() {
		return this.phones.stream().anyMatch(PhoneAssessment::needsAnswer);
	}

	synchronized Set<PhoneId> phonesToStore() {
		return this.phones.stream()
			.filter(PhoneAssessment::toStore)
			.map(PhoneAssessment::phoneId)
			.collect(Collectors.toUnmodifiableSet());
	}

	synchronized boolean somethingToStore() {
		return !phonesToStore().isEmpty() || this.unenrolled.toStore() > 0;
	}

	/**
	 * Whether entry is to be granted now: the first time nothing is left to answer or to
	 * store, and never again for this check-in (a repeated answer must not release the
	 * area door a second time).
	 */
	synchronized boolean grantEntry() {
		if (this.entryGranted || this.storageId != null || hasOpenQuestions() || somethingToStore()) {
			return false;
		}
		this.entryGranted = true;
		return true;
	}

	synchronized void stored(StorageId storageId) {
		if (this.storageId != null) {
			throw new IllegalStateException("Check-in " + this.id + " already opened storage " + this.storageId);
		}
		this.storageId = storageId;
	}

	synchronized List<PhoneAssessment> phones() {
		return List.copyOf(this.phones);
	}

	synchronized StorageId storageId() {
		return this.storageId;
	}

	CheckInId id() {
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

	private int indexOf(PhoneId phoneId) {
		for (int i = 0; i < this.phones.size(); i++) {
			if (this.phones.get(i).phoneId().equals(phoneId)) {
				return i;
			}
		}
		throw new CheckInRefusal.NotYourPhone(this.employee.name(), phoneId);
	}

}
