package org.cloakroom.kiosk.alert;

import java.time.Instant;
import java.util.Objects;

/**
 * An item on the officers' queue, opened by the audit entry {@code raisedBySequence} (of
 * {@code type}, about {@code subject}). It guards its own steps: OPEN → ACKNOWLEDGED →
 * RESOLVED, assignment until it is resolved; a step that does not fit is an
 * {@link AlertRefusal} naming the alert and its status.
 *
 * @param episode null for an alert of its own
 * @param assignee the officer it is assigned to, or null
 * @param acknowledged null until it is acknowledged
 * @param resolved null until it is resolved
 */
public record Alert(long id, long raisedBySequence, String type, String subject, AlertSeverity severity,
		AlertStatus status, Instant openedAt, AlertEpisode episode, String assignee, AlertStep acknowledged,
		AlertStep resolved) {

	/** The longest note an officer may write on a step. */
	public static final int MAX_NOTE_LENGTH = 2000;

	public Alert {
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(severity, "severity");
	}

	Alert acknowledge(AlertStep step) {
		if (this.status != AlertStatus.OPEN) {
			throw refusal((this.status == AlertStatus.RESOLVED) ? "alert-resolved" : "alert-already-acknowledged");
		}
		return new Alert(this.id, this.raisedBySequence, this.type, this.subject, this.severity,
				AlertStatus.ACKNOWLEDGED, this.openedAt, this.episode, this.assignee, step, null);
	}

	Alert resolve(AlertStep step) {
		if (this.status == AlertStatus.RESOLVED) {
			throw refusal("alert-already-resolved");
		}
		if (this.status == AlertStatus.OPEN) {
			throw refusal("alert-not-acknowledged");
		}
		return new Alert(this.id, this.raisedBySequence, this.type, this.subject, this.severity, AlertStatus.RESOLVED,
				this.openedAt, this.episode, this.assignee, this.acknowledged, step);
	}

	Alert assignTo(String officer) {
		if (this.status == AlertStatus.RESOLVED) {
			throw refusal("alert-resolved");
		}
		return new Alert(this.id, this.raisedBySequence, this.type, this.subject, this.severity, this.status,
				this.openedAt, this.episode, officer, this.acknowledged, this.resolved);
	}

	private AlertRefusal refusal(String code) {
		// the id as text: a number would be formatted with a thousands separator
		return new AlertRefusal(AlertRefusal.Kind.CONFLICT, code, Long.toString(this.id), this.status);
	}

}
