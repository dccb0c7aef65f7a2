package org.cloakroom.kiosk.violation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditableEvent;
import org.cloakroom.kiosk.ble.PhoneZoneChanged;
import org.cloakroom.kiosk.ble.Presence;
import org.cloakroom.kiosk.ble.UnenrolledPhoneArrived;
import org.cloakroom.kiosk.ble.Zone;
import org.cloakroom.kiosk.checkin.PhoneDeclared;
import org.cloakroom.kiosk.enrolment.PhoneId;
import org.cloakroom.kiosk.locker.PhonesCollected;
import org.cloakroom.kiosk.locker.PhonesStored;
import org.cloakroom.kiosk.locker.StorageAbandoned;
import org.cloakroom.kiosk.policy.ComplianceCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies the rules to what BLE and the door report, one thing at a time (BLE, the
 * scheduler and requests all report here), and publishes what they raise or end in a
 * transaction of its own with the episode's row, so an alert exists iff its episode does.
 * The lockers' and check-in's events are heard after their transaction commits: their
 * facts are then true, and no locker transaction waits on this lock.
 */
@Component
class Violations {

	private static final Logger log = LoggerFactory.getLogger(Violations.class);

	private final ViolationProperties properties;

	private final Episodes episodes;

	private final PhoneWatch phones;

	private final UnenrolledInside unenrolled;

	private final LeftInLocker leftInLocker;

	private final Presence presence;

	private final ComplianceCheck policy;

	private final DoorEvidenceTable door;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private boolean started;

	Violations(ViolationProperties properties, EpisodeTable table, Evidence evidence, LeftInLocker leftInLocker,
			Presence presence, ComplianceCheck policy, DoorEvidenceTable door, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, Clock clock) {
		this.properties = properties;
		this.episodes = new Episodes(table);
		this.phones = new PhoneWatch(List.of(new MustStoreInside(properties.mustStoreInside(), evidence),
				new Decoy(properties.decoy(), evidence)), properties.minConfidence(), this.episodes);
		this.unenrolled = new UnenrolledInside(properties.unenrolledInside(), this.episodes);
		this.leftInLocker = leftInLocker;
		this.presence = presence;
		this.policy = policy;
		this.door = door;
		this.events = events;
		this.transactions = new TransactionTemplate(transactions);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	@EventListener
	synchronized void moved(PhoneZoneChanged move) {
		startOnce();
		if (this.phones.remember(move)) {
			run("the move of phone " + move.phoneId(), () -> this.phones.moved(move));
		}
	}

	@EventListener
	synchronized void arrived(UnenrolledPhoneArrived arrival) {
		if (this.unenrolled.concerns(arrival)) {
			run("the unenrolled phone " + arrival.subject(),
					() -> this.unenrolled.arrived(arrival, this.policy.unenrolledInsideAction()));
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	synchronized void stored(PhonesStored stored) {
		run("the storage " + stored.storageId().value(), () -> {
			List<AuditableEvent> raised = new ArrayList<>();
			for (PhoneId phone : stored.phoneIds()) {
				this.door.stored(phone.value(), stored.at());
				raised.addAll(this.phones.stored(new StoredPhone(phone.value(), stored.storageId().value(),
						stored.lockerId().value(), stored.employeeId().value(), stored.at()), stored.at()));
			}
			return raised;
		});
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	synchronized void collected(PhonesCollected collected) {
		run("the collection of storage " + collected.storageId().value(), () -> {
			List<AuditableEvent> ended = new ArrayList<>();
			for (PhoneId phone : collected.phoneIds()) {
				this.door.collected(phone.value(), collected.at());
				ended.addAll(this.phones.collected(phone.value(), collected.at()));
			}
			ended.addAll(this.leftInLocker.ended(this.episodes, collected.storageId().value(), collected.at()));
			return ended;
		});
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	synchronized void abandoned(StorageAbandoned abandoned) {
		run("the abandoned storage " + abandoned.storageId().value(), () -> {
			List<AuditableEvent> ended = new ArrayList<>();
			for (long phone : this.phones.phonesOf(abandoned.storageId().value())) {
				ended.addAll(this.phones.collected(phone, abandoned.at()));
			}
			ended.addAll(this.leftInLocker.ended(this.episodes, abandoned.storageId().value(), abandoned.at()));
			return ended;
		});
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	synchronized void declared(PhoneDeclared declared) {
		run("the declaration about phone " + declared.phoneId().value(), () -> {
			this.door.declared(declared.phoneId().value(), declared.carried(), declared.at());
			return List.of();
		});
	}

	/**
	 * The clock's part: unenrolled phones no longer inside go quiet, phones left in
	 * lockers past the end of the day get their notice, and episodes quiet for the quiet
	 * period end.
	 */
	synchronized void check() {
		Instant now = this.clock.instant();
		run("the check at " + now, () -> {
			List<AuditableEvent> events = new ArrayList<>();
			this.unenrolled.stillInside(() -> this.presence.unenrolledPhonesIn(Zone.INSIDE), now);
			events.addAll(this.leftInLocker.check(this.episodes, now));
			for (Episode episode : this.episodes.endQuiet(this.properties.quietPeriod(), now)) {
				events.add(ended(episode, null, EpisodeEnd.QUIET, now));
			}
			return events;
		});
	}

	synchronized int openEpisodes() {
		return this.episodes.size();
	}

	synchronized long unenrolledCounted() {
		return this.unenrolled.counted();
	}

	static ViolationEnded ended(Episode episode, AuditSubject about, EpisodeEnd reason, Instant at) {
		AuditSubject subject = (about != null) ? about : subjectOf(episode);
		return new ViolationEnded(episode.key(), episode.rule(), subject, episode.startedAt(), reason, at);
	}

	private static AuditSubject subjectOf(Episode episode) {
		// the subject's text, kind:id or a bare kind ("kiosk"), as AuditSubject.text()
		// wrote it
		String text = episode.subject();
		int colon = text.indexOf(':');
		String word = (colon < 0) ? text : text.substring(0, colon);
		for (AuditSubject.Kind kind : AuditSubject.Kind.values()) {
			if (kind.word().equals(word)) {
				return new AuditSubject(kind, (colon < 0) ? null : text.substring(colon + 1));
			}
		}
		throw new IllegalStateException("Episode " + episode.key() + " is about '" + text + "', not a subject");
	}

	/** Runs one report in a transaction of its own; a failure is logged, never thrown. */
	private void run(String what, Supplier<List<AuditableEvent>> report) {
		try {
			startOnce();
			this.transactions.executeWithoutResult((status) -> report.get().forEach(this.events::publishEvent));
		}
		catch (RuntimeException ex) {
			this.episodes.forget();
			log.error("The violation rules failed on " + what + "; their episodes are read again from the table", ex);
		}
	}

	private void startOnce() {
		if (!this.started) {
			this.phones.holding(this.leftInLocker.storedPhones());
			this.started = true;
		}
	}

}
