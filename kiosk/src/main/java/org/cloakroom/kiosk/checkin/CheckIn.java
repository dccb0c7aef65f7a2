package org.cloakroom.kiosk.checkin;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cloakroom.kiosk.ble.Presence;
import org.cloakroom.kiosk.ble.UnenrolledPhoneSighting;
import org.cloakroom.kiosk.ble.Zone;
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

/**
 * The way in: identify, decide for each phone, ask about phones not seen, reserve a
 * locker for the phones that must stay outside, and let the employee in once they are
 * stored.
 */
@Service
public class CheckIn {

	private final EmployeeIdentifier identifier;

	private final PhoneAssessor assessor;

	private final DoorVisits visits;

	private final StorageSessionRepository sessions;

	private final StorageSessions sessionQueries;

	private final Lockers lockers;

	private final Presence presence;

	private final ComplianceCheck compliance;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final JdbcClient jdbc;

	private final Enrolment enrolment;

	private final PhoneDecisions decisions;

	private final Clock clock;

	CheckIn(EmployeeIdentifier identifier, PhoneAssessor assessor, DoorVisits visits, StorageSessionRepository sessions,
			StorageSessions sessionQueries, Lockers lockers, Presence presence, ComplianceCheck compliance,
			ApplicationEventPublisher events, TransactionTemplate transactions, JdbcClient jdbc, Enrolment enrolment,
			PhoneDecisions decisions, Clock clock) {
		this.identifier = identifier;
		this.assessor = assessor;
		this.visits = visits;
		this.sessions = sessions;
		this.sessionQueries = sessionQueries;
		this.lockers = lockers;
		this.presence = presence;
		this.compliance = compliance;
		this.events = events;
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.enrolment = enrolment;
		this.decisions = decisions;
		this.clock = clock;
	}

	public VisitView start(Identification who) {
		return start(this.identifier.identify(who), who.identifiedBy());
	}

	/**
	 * A check-in for an employee the kiosk identified already in this conversation
	 * ({@code identifiedBy} how they did it), so that a PIN is checked once.
	 */
	VisitView start(EmployeeRef employee, String identifiedBy) {
		Set<Long> inLocker = this.sessionQueries.activeFor(employee.id().value())
			.map(SessionView::phoneIds)
			.orElse(Set.of());
		DoorVisit visit = this.visits.add(new DoorVisit(employee, this.assessor.assess(employee, inLocker),
				unenrolledAtDoor(), this.clock.instant()));
		this.transactions.executeWithoutResult(tx -> {
			this.events.publishEvent(new CheckInStarted(employee.id().value(), visit.id().toString(), identifiedBy,
					visit.phones(), visit.unenrolled(), this.clock.instant()));
			alertAboutUnenrolledPhones(visit);
			grantEntryIfDone(visit);
		});
		return view(visit);
	}

	public VisitView visit(UUID visitId) {
		return view(this.visits.get(visitId));
	}

	/**
	 * Records the employee's answer about a phone the kiosk did not see, as a
	 * declaration.
	 */
	public VisitView answer(UUID visitId, long phoneId, boolean carried) {
		DoorVisit visit = this.visits.get(visitId);
		this.transactions.executeWithoutResult(tx -> {
			visit.answer(phoneId, carried);
			Instant now = this.clock.instant();
			this.jdbc
				.sql("INSERT INTO phone_declaration (employee_id, phone_id, carried, declared_at) VALUES (?, ?, ?, ?)")
				.params(visit.employee().id().value(), phoneId, carried, now.atOffset(java.time.ZoneOffset.UTC))
				.update();
			this.events.publishEvent(new PhoneDeclared(visit.employee().id().value(), phoneId, carried, now));
			grantEntryIfDone(visit);
		});
		return view(visit);
	}

	/**
	 * The employee signs off at the kiosk that a phone's declared apps are unchanged; its
	 * decision is made again on the fresh attestation.
	 */
	public VisitView reattest(UUID visitId, long phoneId) {
		DoorVisit visit = this.visits.get(visitId);
		this.transactions.executeWithoutResult(tx -> {
			this.enrolment.reattest(PhoneId.of(phoneId));
			visit.reattested(phoneId, this.decisions.decide(phoneId));
			grantEntryIfDone(visit);
		});
		return view(visit);
	}

	/**
	 * Opens a storage session for the phones that must be stored and reserves a locker
	 * for it. The session is committed first, so the locker's reservation (which unlocks
	 * it) always belongs to a persisted session.
	 * @throws NoFreeLockerException when every locker is taken (the session is abandoned)
	 */
	public VisitView store(UUID visitId) {
		DoorVisit visit = this.visits.get(visitId);
		if (visit.hasOpenQuestions()) {
			throw new IllegalStateException("Visit " + visitId + " still has questions to answer");
		}
		if (!visit.somethingToStore()) {
			throw new IllegalStateException("Visit " + visitId + " has no phone to store");
		}
		long sessionId = openSession(visit);
		try {
			this.lockers.reserveAny(sessionId);
		}
		catch (NoFreeLockerException ex) {
			abandon(sessionId, "no locker was free");
			throw ex;
		}
		return view(visit);
	}

	private long openSession(DoorVisit visit) {
		Instant now = this.clock.instant();
		return this.transactions.execute(tx -> {
			StorageSession session = this.sessions.save(StorageSession.open(visit.employee().id().value(),
					visit.phonesToStore(), visit.unenrolled().toStore(), now));
			visit.sessionOpened(session.id());
			this.events.publishEvent(new StorageSessionOpened(session.id(), session.employeeId(), session.phoneIds(),
					visit.unenrolled().toStore(), now));
			return session.id();
		});
	}

	private void abandon(long sessionId, String because) {
		this.transactions.executeWithoutResult(tx -> {
			StorageSession session = this.sessions.findById(sessionId).orElseThrow();
			session.abandon(this.clock.instant());
			this.sessions.save(session);
			this.events.publishEvent(
					new StorageAbandoned(sessionId, session.employeeId(), null, because, this.clock.instant()));
		});
	}

	private void alertAboutUnenrolledPhones(DoorVisit visit) {
		UnenrolledNotice unenrolled = visit.unenrolled();
		if (unenrolled.count() > 0 && unenrolled.action() == UnenrolledPhoneAction.ALERT) {
			this.events.publishEvent(new UnenrolledPhoneAtCheckIn(visit.employee().id().value(),
					unenrolled.deviceKeys(), unenrolled.kinds(), this.clock.instant()));
		}
	}

	private void grantEntryIfDone(DoorVisit visit) {
		if (!visit.hasOpenQuestions() && !visit.somethingToStore()) {
			this.events.publishEvent(
					new EntryGranted(visit.employee().id().value(), "no phone to store", this.clock.instant()));
		}
	}

	private UnenrolledNotice unenrolledAtDoor() {
		List<UnenrolledPhoneSighting> atDoor = this.presence.unenrolledPhonesIn(Zone.AT_DOOR);
		return new UnenrolledNotice(atDoor.stream().map(UnenrolledPhoneSighting::deviceKey).toList(),
				atDoor.stream().map(UnenrolledPhoneSighting::kind).toList(), this.compliance.unenrolledPhoneAction());
	}

	private VisitView view(DoorVisit visit) {
		Long sessionId = visit.sessionId();
		SessionView session = (sessionId != null) ? this.sessionQueries.get(sessionId) : null;
		Instant deadline = null;
		int emptyCloses = 0;
		if (session != null && session.state() == SessionState.DEPOSITING && session.lockerId() != null) {
			LockerView locker = this.lockers.get(session.lockerId());
			deadline = locker.deadline();
			emptyCloses = locker.emptyCloses();
		}
		return new VisitView(visit.id(), visit.employee().id().value(), visit.employee().name(), visit.phones(),
				visit.unenrolled(), stage(visit, session), session, deadline, emptyCloses);
	}

	private static VisitStage stage(DoorVisit visit, SessionView session) {
		if (session != null) {
			return switch (session.state()) {
				case DEPOSITING -> VisitStage.LOCKER_OPEN;
				case ABANDONED -> VisitStage.ABANDONED;
				case STORED, COLLECTING, ENDED -> VisitStage.ENTER;
			};
		}
		if (visit.hasOpenQuestions()) {
			return VisitStage.ANSWER_QUESTIONS;
		}
		return visit.somethingToStore() ? VisitStage.READY_TO_STORE : VisitStage.ENTER;
	}

}
