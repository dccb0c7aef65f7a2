package org.cloakroom.kiosk.alert;

import java.time.Instant;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;

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
 * @param kiosk centrally, the registered kiosk whose forwarded entry raised it (then
 * {@code raisedBySequence} is that kiosk's sequence); null (absent from the JSON) for an
 * alert of this instance's own log
 * @param site centrally, where that kiosk stands; null (absent) otherwise
 */
public record Alert(long id, long raisedBySequence, String type, String subject, AlertSeverity severity,
		AlertStatus status, Instant openedAt, AlertEpisode episode, String assignee, AlertStep acknowledged,
		AlertStep resolved, @JsonInclude(JsonInclude.Include.NON_NULL) String kiosk,
		@JsonInclude(JsonInclude.Include.NON_NULL) String site) {

	/** The longest note an officer may write on a step. */
	public static final int MAX_NOTE_LENGTH = 2000;

	public Alert {
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(severity, "severity");
	}

	/** An alert of this instance's own log. */
	public Alert(long id, long raisedBySequence, String type, String subject, AlertSeverity severity,
			AlertStatus status, Instant openedAt, AlertEpisode episode, String assignee, AlertStep acknowledged,
			AlertStep resolved) {
		this(id, raisedBySequence, type, subject, severity, status, openedAt, episode, assignee, acknowledged, resolved,
				null, null);
	}

	Alert acknowledge(AlertStep step) {
		if (this.status != AlertStatus.OPEN) {
			if (this.status == AlertStatus.RESOLVED) {
				throw new AlertRefusal("alert-resolved", idText(), this.status);
			}
			throw new AlertRefusal("alert-already-acknowledged", idText(), this.status);
		}
		return new Alert(this.id, this.raisedBySequence, this.type, this.subject, this.severity,
				AlertStatus.ACKNOWLEDGED, this.openedAt, this.episode, this.assignee, step, null, this.kiosk,
				this.site);
	}

	Alert resolve(AlertStep step) {
		if (this.status == AlertStatus.RESOLVED) {
			throw new AlertRefusal("alert-already-resolved", idText(), this.status);
		}
		if (this.status == AlertStatus.OPEN) {
			throw new AlertRefusal("alert-not-acknowledged", idText(), this.status);
		}
		return new Alert(this.id, this.raisedBySequence, this.type, this.subject, this.severity, AlertStatus.RESOLVED,
				this.openedAt, this.episode, this.assignee, this.acknowledged, step, this.kiosk, this.site);
	}

	Alert assignTo(String officer) {
		if (this.status == AlertStatus.RESOLVED) {
			throw new AlertRefusal("alert-resolved", idText(), this.status);
		}
		return new Alert(this.id, this.raisedBySequence, this.type, this.subject, this.severity, this.status,
				this.openedAt, this.episode, officer, this.acknowledged, this.resolved, this.kiosk, this.site);
	}

	/** The id as refusals show it: a number would get a thousands separator. */
	private String idText() {
		return Long.toString(this.id);
	}

}
