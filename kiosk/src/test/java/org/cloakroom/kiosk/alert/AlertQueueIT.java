package org.cloakroom.kiosk.alert;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.NotFoundException;
import org.cloakroom.kiosk.SimulationIT;
import org.cloakroom.kiosk.audit.AuditEntry;
import org.cloakroom.kiosk.audit.AuditLog;
import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;
import org.cloakroom.kiosk.security.ConsoleRole;
import org.cloakroom.kiosk.security.ConsoleUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cloakroom.kiosk.RefusalAssertions.assertRefusal;

/**
 * The queue fed by the log: an entry that raises an alert opens one per open episode and
 * its episode's end is stamped on it; a plain alert entry opens a HIGH alert of its own;
 * an alert exists only if its entry committed. Officers' steps follow OPEN → ACKNOWLEDGED
 * → RESOLVED, each audited in their name, and a step that does not fit is refused naming
 * the alert and its status.
 */
@SimulationIT
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:alert-queue;DB_CLOSE_DELAY=-1")
class AlertQueueIT {

	/** A violation of a phone, as the violation module's events will be. */
	@AuditType("PhoneSeenInsideTested")
	record PhoneSeenInside(long phoneId, AlertSeverity severity) implements AuditableEvent, RaisesAlert {

		@Override
		public AuditSubject subject() {
			return AuditSubject.phone(this.phoneId);
		}

		@Override
		public boolean alert() {
			return true;
		}

		@Override
		public String episodeKey() {
			return "inside:phone:" + this.phoneId;
		}

	}

	@AuditType("PhoneLeftInsideTested")
	record PhoneLeftInside(long phoneId, Instant endedAt) implements AuditableEvent, EndsAlertEpisode {

		@Override
		public AuditSubject subject() {
			return AuditSubject.phone(this.phoneId);
		}

		@Override
		public String episodeKey() {
			return "inside:phone:" + this.phoneId;
		}

	}

	/** An alert entry of the kind every module already writes (a forced door, say). */
	@AuditType("DoorForcedTested")
	record DoorForced(int lockerId) implements AuditableEvent {

		@Override
		public AuditSubject subject() {
			return AuditSubject.locker(this.lockerId);
		}

		@Override
		public boolean alert() {
			return true;
		}

	}

	/** A notice that alerts nobody at once but waits on the queue. */
	@AuditType("PhoneLeftOvernightTested")
	record PhoneLeftOvernight(int lockerId) implements AuditableEvent, RaisesAlert {

		@Override
		public AuditSubject subject() {
			return AuditSubject.locker(this.lockerId);
		}

		@Override
		public AlertSeverity severity() {
			return AlertSeverity.NOTICE;
		}

	}

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private AlertQueue queue;

	@Autowired
	private AuditLog log;

	@Autowired
	private ConsoleUsers users;

	@Autowired
	private MutableClock clock;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TransactionTemplate transactions;

	@BeforeEach
	void emptyQueue() {
		this.jdbc.sql("DELETE FROM alert").update();
		for (String name : List.of("olivia", "aaron")) {
			if (this.users.list().stream().noneMatch((user) -> user.username().equals(name))) {
				this.users.create(name, name.equals("olivia") ? ConsoleRole.OFFICER : ConsoleRole.AUDITOR,
						"temporary-" + name, "admin");
			}
		}
	}

	@Test
	void anEpisodeOpensOneAlertWithItsSeverityAndItsEndIsStampedOnIt() {
		this.events.publishEvent(new PhoneSeenInside(3, AlertSeverity.CRITICAL));
		AuditEntry raised = newest();
		this.clock.advance(java.time.Duration.ofSeconds(30));
		this.events.publishEvent(new PhoneSeenInside(3, AlertSeverity.CRITICAL));
		this.events.publishEvent(new PhoneSeenInside(4, AlertSeverity.HIGH));

		List<Alert> alerts = this.queue.list(AlertFilter.all(), null, 10).alerts();
		assertThat(alerts).extracting(Alert::subject).containsExactly("phone:4", "phone:3");
		Alert three = alerts.get(1);
		assertThat(three.severity()).isEqualTo(AlertSeverity.CRITICAL);
		assertThat(three.status()).isEqualTo(AlertStatus.OPEN);
		assertThat(three.type()).isEqualTo("PhoneSeenInsideTested");
		assertThat(three.raisedBySequence()).isEqualTo(raised.sequence());
		assertThat(three.episode()).isEqualTo(new AlertEpisode("inside:phone:3", raised.at(), null));

		Instant ended = Instant.parse("2026-11-23T08:05:00Z");
		this.events.publishEvent(new PhoneLeftInside(3, ended));
		assertThat(this.queue.get(three.id()).episode().endedAt()).isEqualTo(ended);
		assertThat(this.queue.get(alerts.get(0).id()).episode().ended()).isFalse();

		this.events.publishEvent(new PhoneSeenInside(3, AlertSeverity.CRITICAL));
		assertThat(this.queue.list(AlertFilter.all(), null, 10).alerts()).as("a new episode, a new alert")
			.extracting(Alert::subject)
			.containsExactly("phone:3", "phone:4", "phone:3");
	}

	@Test
	void aPlainAlertEntryOpensAHighAlertOfItsOwnAndANoticeOpensANoticeAlert() {
		this.events.publishEvent(new DoorForced(7));
		this.events.publishEvent(new DoorForced(7));
		this.events.publishEvent(new PhoneLeftOvernight(5));

		assertThat(this.queue.list(AlertFilter.all(), null, 10).alerts())
			.extracting(Alert::subject, Alert::severity, Alert::episode)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("locker:5", AlertSeverity.NOTICE, null),
					org.assertj.core.groups.Tuple.tuple("locker:7", AlertSeverity.HIGH, null),
					org.assertj.core.groups.Tuple.tuple("locker:7", AlertSeverity.HIGH, null));
	}

	@Test
	void anEntryThatRollsBackLeavesNoAlert() {
		assertThatThrownBy(() -> this.transactions.executeWithoutResult((status) -> {
			this.events.publishEvent(new DoorForced(2));
			throw new IllegalStateException("the change that was audited failed");
		})).hasMessageContaining("failed");

		assertThat(this.queue.counts()).isEqualTo(new AlertCounts(0, 0, 0));
	}

	@Test
	void anAlertIsAcknowledgedAssignedAndResolvedEachStepAuditedInTheOfficersName() {
		long id = raise();

		Alert acknowledged = this.queue.acknowledge(id, "oscar", "  on my way  ");
		assertThat(acknowledged.status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
		assertThat(acknowledged.acknowledged()).isEqualTo(new AlertStep("oscar", this.clock.instant(), "on my way"));
		assertThat(this.queue.counts()).isEqualTo(new AlertCounts(0, 1, 0));
		assertThat(newest().type()).isEqualTo("AlertAcknowledged");
		assertThat(newest().subject()).isEqualTo("locker:7");
		assertThat(newest().alert()).isFalse();
		assertThat(newest().details()).contains("\"alertId\":" + id, "\"by\":\"oscar\"", "on my way");

		assertThat(this.queue.assign(id, "olivia", "oscar").assignee()).isEqualTo("olivia");
		assertThat(newest().details()).contains("\"assignee\":\"olivia\"", "\"by\":\"oscar\"");

		Alert resolved = this.queue.resolve(id, "olivia", "door re-seated, nothing taken");
		assertThat(resolved.status()).isEqualTo(AlertStatus.RESOLVED);
		assertThat(resolved.resolved().note()).isEqualTo("door re-seated, nothing taken");
		assertThat(this.queue.get(id)).isEqualTo(resolved);
		assertThat(newest().type()).isEqualTo("AlertResolved");
		assertThat(this.queue.counts()).isEqualTo(new AlertCounts(0, 0, 1));
		assertThat(this.queue.list(AlertFilter.unresolved(), null, 10).alerts()).isEmpty();
	}

	@Test
	void stepsThatDoNotFitTheStatusAreRefusedNamingTheAlertAndItsStatus() {
		long id = raise();
		long entries = newest().sequence();

		assertRefusal(AlertRefusal.class, () -> this.queue.resolve(id, "oscar", "done"))
			.isEqualTo("Alert " + id + " is OPEN: acknowledge it before resolving it");
		this.queue.acknowledge(id, "oscar", null);
		assertRefusal(AlertRefusal.class, () -> this.queue.acknowledge(id, "olivia", "me too"))
			.isEqualTo("Alert " + id + " was acknowledged already: it is ACKNOWLEDGED");
		assertRefusal(AlertRefusal.class, () -> this.queue.resolve(id, "oscar", "  "))
			.isEqualTo("Resolving alert " + id + " needs a note: what was found and done");
		assertRefusal(AlertRefusal.class, () -> this.queue.resolve(id, "oscar", "x".repeat(2001)))
			.isEqualTo("A note may be at most 2,000 characters long, was 2,001");
		this.queue.resolve(id, "oscar", "false alarm");
		assertRefusal(AlertRefusal.class, () -> this.queue.resolve(id, "oscar", "again"))
			.isEqualTo("Alert " + id + " was resolved already: it is RESOLVED");
		assertRefusal(AlertRefusal.class, () -> this.queue.acknowledge(id, "oscar", null))
			.isEqualTo("Alert " + id + " is RESOLVED: a resolved alert takes no more steps");
		assertRefusal(AlertRefusal.class, () -> this.queue.assign(id, "olivia", "oscar"))
			.isEqualTo("Alert " + id + " is RESOLVED: a resolved alert takes no more steps");
		assertThat(newest().sequence()).as("refused steps are not audited").isEqualTo(entries + 2);
		assertRefusal(NotFoundException.class, () -> this.queue.acknowledge(999_999, "oscar", null))
			.isEqualTo("Alert 999999 does not exist");
	}

	@Test
	void anAlertIsAssignedOnlyToAnOfficerOrAdminWhoExists() {
		long id = raise();

		assertRefusal(AlertRefusal.class, () -> this.queue.assign(id, "nobody", "oscar"))
			.isEqualTo("There is no console user nobody to assign the alert to");
		assertRefusal(AlertRefusal.class, () -> this.queue.assign(id, "aaron", "oscar")).isEqualTo(
				"Console user aaron cannot be assigned alerts: only an enabled officer or admin can (is AUDITOR)");
		assertRefusal(AlertRefusal.class, () -> this.queue.assign(id, " ", "oscar"))
			.startsWith("An assignment needs the console user");
		assertThat(this.queue.assign(id, "admin", "oscar").assignee()).isEqualTo("admin");
		assertThat(this.queue.get(id).status()).isEqualTo(AlertStatus.OPEN);
	}

	@Test
	void listsFilterAndPageNewestFirst() {
		for (int locker = 1; locker <= 5; locker++) {
			this.events.publishEvent(new DoorForced(locker));
			this.clock.advance(java.time.Duration.ofMinutes(1));
		}
		this.events.publishEvent(new PhoneLeftOvernight(9));
		Instant third = this.queue.list(AlertFilter.all(), null, 10).alerts().get(3).openedAt();

		AlertPage first = this.queue.list(AlertFilter.all(), null, 4);
		assertThat(first.alerts()).extracting(Alert::subject)
			.containsExactly("locker:9", "locker:5", "locker:4", "locker:3");
		AlertPage second = this.queue.list(AlertFilter.all(), first.nextBefore(), 4);
		assertThat(second.alerts()).extracting(Alert::subject).containsExactly("locker:2", "locker:1");
		assertThat(second.nextBefore()).isNull();

		assertThat(list(new AlertFilter(null, AlertSeverity.NOTICE, null, null, null, null)))
			.containsExactly("locker:9");
		assertThat(list(new AlertFilter(null, null, null, "DoorForcedTested", third, null))).containsExactly("locker:5",
				"locker:4", "locker:3");
		assertThat(list(new AlertFilter(null, null, null, null, null, third))).containsExactly("locker:2", "locker:1");
		long four = this.queue.list(AlertFilter.all(), null, 10).alerts().get(2).id();
		this.queue.assign(four, "olivia", "oscar");
		this.queue.acknowledge(four, "olivia", null);
		assertThat(list(new AlertFilter(Set.of(AlertStatus.ACKNOWLEDGED), null, "olivia", null, null, null)))
			.containsExactly("locker:4");
		assertThat(list(new AlertFilter(Set.of(AlertStatus.OPEN), null, "olivia", null, null, null))).isEmpty();
		assertRefusal(AlertRefusal.class, () -> new AlertFilter(null, null, null, null, third, third))
			.contains("holds nothing");
		assertRefusal(AlertRefusal.class, () -> this.queue.list(AlertFilter.all(), null, 501))
			.isEqualTo("A page lists 1 to 500 alerts, was 501");
	}

	@Test
	void whatAnEntryDidToAnAlertIsItsLatestChange() {
		long id = raise();
		AuditEntry opened = newest();
		assertThat(this.queue.changedBy(opened)).hasValueSatisfying((change) -> {
			assertThat(change.change()).isEqualTo("opened");
			assertThat(change.alert().id()).isEqualTo(id);
		});

		this.queue.acknowledge(id, "oscar", null);
		assertThat(this.queue.changedBy(newest()).map(AlertChange::change)).contains("acknowledged");
		assertThat(this.queue.changedBy(opened)).as("changed again since: the later entry tells it").isEmpty();
	}

	private List<String> list(AlertFilter filter) {
		return this.queue.list(filter, null, 10).alerts().stream().map(Alert::subject).toList();
	}

	private long raise() {
		this.events.publishEvent(new DoorForced(7));
		return this.queue.list(AlertFilter.all(), null, 1).alerts().get(0).id();
	}

	private AuditEntry newest() {
		return this.log.latest(1).get(0);
	}

}
