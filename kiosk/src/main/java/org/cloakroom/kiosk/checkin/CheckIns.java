package org.cloakroom.kiosk.checkin;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import org.cloakroom.kiosk.ble.BadgePresence;
import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.enrolment.EmployeeRef;
import org.cloakroom.kiosk.enrolment.PhoneId;
import org.cloakroom.kiosk.enrolment.SpotCalibration;
import org.cloakroom.kiosk.locker.LockerView;
import org.cloakroom.kiosk.locker.EmergencyRelease;
import org.cloakroom.kiosk.locker.Lockers;
import org.cloakroom.kiosk.locker.NoFreeLockerException;
import org.cloakroom.kiosk.locker.StorageStage;
import org.cloakroom.kiosk.locker.StorageEnd;
import org.cloakroom.kiosk.locker.StorageView;
import org.cloakroom.kiosk.locker.Storages;
import org.cloakroom.kiosk.policy.PhoneDecisions;
import org.cloakroom.kiosk.policy.UnenrolledPhoneAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The way in: identify, decide for each phone, ask about phones BLE cannot place here,
 * have the phones that must stay outside stored, and let the employee in once nothing is
 * left to store. The stretch the employee stood at the spot refines each carried phone's
 * calibration. The storage itself is the locker module's ({@link Storages}); a check-in
 * only asks.
 */
@Service
public class CheckIns {

	private static final Logger log = LoggerFactory.getLogger(CheckIns.class);

	private final EmployeeIdentifier identifier;

	private final PhoneAssessor assessor;

	private final OpenCheckIns open;

	private final PhoneDecisions decisions;

	private final Storages storages;

	private final Lockers lockers;

	private final EmergencyRelease emergency;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final SpotCalibration calibration;

	private final Clock clock;

	CheckIns(EmployeeIdentifier identifier, PhoneAssessor assessor, OpenCheckIns open, PhoneDecisions decisions,
			Storages storages, Lockers lockers, EmergencyRelease emergency, ApplicationEventPublisher events,
			TransactionTemplate transactions, SpotCalibration calibration, Clock clock) {
		this.identifier = identifier;
		this.assessor = assessor;
		this.open = open;
		this.decisions = decisions;
		this.storages = storages;
		this.lockers = lockers;
		this.emergency = emergency;
		this.events = events;
		this.transactions = transactions;
		this.calibration = calibration;
		this.clock = clock;
	}

	public CheckInView start(Identification who) {
		return start(this.identifier.identify(who), who.identifiedBy());
	}

	/**
	 * A check-in for an employee the kiosk identified already in this conversation
	 * ({@code identifiedBy} how they did it), so that a PIN is checked once.
	 */
	CheckInView start(EmployeeRef employee, String identifiedBy) {
		this.emergency.refuseWhileInForce();
		// only phones locked in a locker count as stored: not those going in or coming
		// out
		Set<PhoneId> inLocker = this.storages.activeFor(employee.id())
			.filter(StorageView::stored)
			.map(StorageView::phoneIds)
			.orElse(Set.of());
		Instant badge = this.clock.instant();
		CheckIn checkIn = this.open.add(new CheckIn(employee, this.assessor.assess(employee, inLocker, badge),
				this.assessor.unenrolledAtDoor(), badge));
		boolean entered = Boolean.TRUE.equals(this.transactions.execute(tx -> {
			this.events.publishEvent(new CheckInStarted(employee.id(), checkIn.id(), identifiedBy, checkIn.phones(),
					checkIn.unenrolled(), this.clock.instant()));
			alertAboutUnenrolledPhones(checkIn);
			return grantEntryIfDone(checkIn);
		}));
		refineCalibrationsIf(entered, checkIn);
		return view(checkIn);
	}

	/**
	 * @throws CheckInRefusal.Ended when the check-in timed out or never was
	 */
	public CheckInView get(CheckInId checkInId) {
		CheckIn checkIn = this.open.get(checkInId);
		listenAfterBadge(checkIn);
		return view(checkIn);
	}

	/**
	 * Records the employee's answer about a phone the kiosk did not see; the
	 * {@link PhoneDeclared} entry in the log is the record of it.
	 */
	public CheckInView answer(CheckInId checkInId, PhoneId phoneId, boolean carried) {
		CheckIn checkIn = this.open.get(checkInId);
		boolean entered = Boolean.TRUE.equals(this.transactions.execute(tx -> {
			checkIn.answer(phoneId, carried);
			this.events
				.publishEvent(new PhoneDeclared(checkIn.employee().id(), phoneId, carried, this.clock.instant()));
			return grantEntryIfDone(checkIn);
		}));
		refineCalibrationsIf(entered, checkIn);
		return view(checkIn);
	}

	/**
	 * The employee signs off at the kiosk that a phone's declared apps are unchanged; its
	 * decision is made again on the fresh attestation.
	 */
	public CheckInView reattest(CheckInId checkInId, PhoneId phoneId) {
		CheckIn checkIn = this.open.get(checkInId);
		checkIn.requirePhone(phoneId);
		boolean entered = Boolean.TRUE.equals(this.transactions.execute(tx -> {
			checkIn.reattested(phoneId, this.decisions.reattest(phoneId));
			return grantEntryIfDone(checkIn);
		}));
		refineCalibrationsIf(entered, checkIn);
		return view(checkIn);
	}

	/**
	 * Has the phones that must be stored stored: the locker module opens a storage and
	 * unlocks a locker for it, in one step.
	 * @throws NoFreeLockerException when every locker is taken (the storage is recorded
	 * as abandoned)
	 */
	public CheckInView store(CheckInId checkInId) {
		CheckIn checkIn = this.open.get(checkInId);
		listenAfterBadge(checkIn);
		if (checkIn.hasOpenQuestions()) {
			throw new CheckInRefusal.QuestionsOpen(checkInId);
		}
		if (!checkIn.somethingToStore()) {
			throw new CheckInRefusal.NothingToStore(checkInId);
		}
		StorageView storage = this.storages.store(checkIn.employee().id(), checkIn.phonesToStore(),
				checkIn.unenrolled().toStore());
		checkIn.stored(storage.id());
		// the employee leaves the spot for the lockers now
		refineCalibrationsIf(true, checkIn);
		return view(checkIn);
	}

	private void alertAboutUnenrolledPhones(CheckIn checkIn) {
		UnenrolledNotice unenrolled = checkIn.unenrolled();
		if (unenrolled.count() > 0 && unenrolled.action() == UnenrolledPhoneAction.ALERT) {
			this.events.publishEvent(new UnenrolledPhoneAtCheckIn(checkIn.employee().id(), unenrolled.deviceKeys(),
					unenrolled.kinds(), this.clock.instant()));
		}
	}

	/** Whether entry was granted now. */
	private boolean grantEntryIfDone(CheckIn checkIn) {
		if (checkIn.grantEntry()) {
			this.events
				.publishEvent(new EntryGranted(checkIn.employee().id(), "no phone to store", this.clock.instant()));
			return true;
		}
		return false;
	}

	/**
	 * Presence at badge goes on after the badge: a phone the kiosk is asking about that
	 * BLE now places here counts as here, unless the employee answered first.
	 */
	private void listenAfterBadge(CheckIn checkIn) {
		for (PhoneId phoneId : checkIn.unanswered()) {
			BadgePresence heard = this.assessor.atBadge(phoneId, checkIn.startedAt());
			if (this.assessor.present(heard)) {
				this.transactions.executeWithoutResult(tx -> {
					if (checkIn.heardAfterBadge(phoneId, heard)) {
						this.events.publishEvent(new PhoneHeardAfterBadge(checkIn.employee().id(), checkIn.id(),
								phoneId, heard.packets(), heard.confidence(), heard.proximity(), this.clock.instant()));
					}
				});
			}
		}
	}

	/**
	 * The check-in ended at the spot (entry granted, or a locker opened): the stretch
	 * from the badge to now, when the employee stood at the spot, is a badge-in
	 * calibration sample of each phone with them. A check-in refused never gets here; a
	 * sample that fails is logged and costs the check-in nothing.
	 */
	private void refineCalibrationsIf(boolean ended, CheckIn checkIn) {
		if (!ended) {
			return;
		}
		Instant now = this.clock.instant();
		for (PhoneId phoneId : checkIn.withEmployee()) {
			try {
				this.calibration.badgeIn(phoneId, checkIn.startedAt(), now);
			}
			catch (RuntimeException ex) {
				log.warn("No badge-in calibration sample of phone {} from check-in {}", phoneId, checkIn.id(), ex);
			}
		}
	}

	private CheckInView view(CheckIn checkIn) {
		StorageView storage = (checkIn.storageId() != null) ? this.storages.get(checkIn.storageId()) : null;
		Instant deadline = null;
		int emptyCloses = 0;
		if (storage != null && storage.stage() == StorageStage.STORING && storage.lockerId() != null) {
			LockerView locker = this.lockers.get(storage.lockerId());
			deadline = locker.deadline();
			emptyCloses = locker.emptyCloses();
		}
		return new CheckInView(checkIn.id(), checkIn.employee().id(), checkIn.employee().name(), checkIn.phones(),
				checkIn.unenrolled(), stage(checkIn, storage), storage, deadline, emptyCloses);
	}

	private static CheckInStage stage(CheckIn checkIn, StorageView storage) {
		if (storage != null) {
			if (storage.end() == StorageEnd.ABANDONED) {
				return CheckInStage.NOT_STORED;
			}
			return (storage.stage() == StorageStage.STORING) ? CheckInStage.LOCKER_OPEN : CheckInStage.ENTER;
		}
		if (checkIn.hasOpenQuestions()) {
			return CheckInStage.ANSWER_QUESTIONS;
		}
		return checkIn.somethingToStore() ? CheckInStage.READY_TO_STORE : CheckInStage.ENTER;
	}

}
