package org.cloakroom.kiosk.alert;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cloakroom.kiosk.NotFoundException;
import org.cloakroom.kiosk.audit.AuditEntry;
import org.cloakroom.kiosk.audit.AuditableEvent;
import org.cloakroom.kiosk.security.ConsoleRole;
import org.cloakroom.kiosk.security.ConsoleUser;
import org.cloakroom.kiosk.security.ConsoleUserRefusal;
import org.cloakroom.kiosk.security.ConsoleUsers;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officers' queue: listing with filters and keyset paging, counts by status, and the
 * steps (acknowledge, assign, resolve), each an audited event in the name of who took it.
 * <p>
 * A step is audited first, then written only if the alert is still as it was read: the
 * append locks the chain's head, so steps on one alert are serialised there, and the one
 * that comes second is refused in the words of the alert's new status. Taking the head
 * before the alert's row is the order the appending transaction's own listener uses too.
 */
@Service
@Transactional
public class AlertQueue {

	/** The most alerts one page lists. */
	public static final int MAX_LIMIT = 500;

	private static final Map<String, String> CHANGES = Map.of("AlertAcknowledged", "acknowledged", "AlertAssigned",
			"assigned", "AlertResolved", "resolved");

	private final AlertTable table;

	private final ConsoleUsers users;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	AlertQueue(AlertTable table, ConsoleUsers users, Clock clock, ApplicationEventPublisher events) {
		this.table = table;
		this.users = users;
		this.clock = clock;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public AlertPage list(AlertFilter filter, Long before, int limit) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new AlertRefusal("alert-limit", limit, MAX_LIMIT);
		}
		List<Alert> alerts = this.table.list(filter, before, limit + 1);
		if (alerts.size() <= limit) {
			return new AlertPage(alerts, null);
		}
		List<Alert> page = alerts.subList(0, limit);
		return new AlertPage(List.copyOf(page), page.get(limit - 1).id());
	}

	@Transactional(readOnly = true)
	public Alert get(long id) {
		return this.table.byId(id).orElseThrow(() -> new NotFoundException("Alert", Long.toString(id)));
	}

	@Transactional(readOnly = true)
	public AlertCounts counts() {
		return this.table.counts();
	}

	/**
	 * What the entry did to an alert, if its change is the alert's latest: for the live
	 * stream, after the entry committed.
	 */
	@Transactional(readOnly = true)
	public Optional<AlertChange> changedBy(AuditEntry entry) {
		return this.table.changedBy(entry.sequence()).map((alert) -> new AlertChange(changeOf(alert, entry), alert));
	}

	public Alert acknowledge(long id, String by, String note) {
		Alert alert = get(id);
		Alert acknowledged = alert.acknowledge(new AlertStep(by, now(), optional(note)));
		return step(alert, acknowledged, new AlertAcknowledged(id, alert.subject(), by, optional(note)));
	}

	public Alert resolve(long id, String by, String note) {
		String required = optional(note);
		if (required == null) {
			throw new AlertRefusal("alert-note-required", Long.toString(id));
		}
		Alert alert = get(id);
		Alert resolved = alert.resolve(new AlertStep(by, now(), required));
		return step(alert, resolved, new AlertResolved(id, alert.subject(), by, required));
	}

	/** Assigns the alert to an enabled console user who is an officer or an admin. */
	public Alert assign(long id, String assignee, String by) {
		Alert alert = get(id);
		requireOfficer(assignee);
		if (assignee.equals(alert.assignee())) {
			return alert;
		}
		Alert assigned = alert.assignTo(assignee);
		return step(alert, assigned, new AlertAssigned(id, alert.subject(), assignee, alert.assignee(), by));
	}

	private Alert step(Alert before, Alert after, AuditableEvent event) {
		this.events.publishEvent(event);
		if (!this.table.step(before, after)) {
			Alert now = get(before.id());
			// the step that came first decides: refused in the words of the new status
			if (after.status() == AlertStatus.ACKNOWLEDGED) {
				now.acknowledge(after.acknowledged());
			}
			else if (after.status() == AlertStatus.RESOLVED) {
				now.resolve(after.resolved());
			}
			throw new AlertRefusal("alert-changed-meanwhile", Long.toString(before.id()), now.status());
		}
		return after;
	}

	private void requireOfficer(String assignee) {
		if (assignee == null || assignee.isBlank()) {
			throw new AlertRefusal("alert-assignee-required");
		}
		ConsoleUser user;
		try {
			user = this.users.get(assignee);
		}
		catch (ConsoleUserRefusal notFound) {
			throw new AlertRefusal("alert-assignee-unknown", assignee);
		}
		if (!user.enabled() || user.role() == ConsoleRole.AUDITOR) {
			throw new AlertRefusal("alert-assignee-not-officer", assignee, user.role());
		}
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	private static String changeOf(Alert alert, AuditEntry entry) {
		if (alert.raisedBySequence() == entry.sequence()) {
			return "opened";
		}
		return CHANGES.getOrDefault(entry.type(), "episode-ended");
	}

	/** A note as given, or null when blank; too long is refused. */
	private static String optional(String note) {
		if (note == null || note.isBlank()) {
			return null;
		}
		String trimmed = note.strip();
		if (trimmed.length() > Alert.MAX_NOTE_LENGTH) {
			throw new AlertRefusal("alert-note-too-long", Alert.MAX_NOTE_LENGTH, trimmed.length());
		}
		return trimmed;
	}

}
