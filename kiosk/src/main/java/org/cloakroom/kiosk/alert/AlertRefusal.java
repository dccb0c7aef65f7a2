package org.cloakroom.kiosk.alert;

import org.cloakroom.kiosk.Refusal;

/**
 * A step on the alerts queue refused: one that does not fit the alert's status, a note
 * missing or too long, an assignee who is not an officer. Its words are
 * {@code refusal.<code>} in {@code messages/alert.properties}.
 */
public final class AlertRefusal extends Refusal {

	AlertRefusal(Kind kind, String code, Object... arguments) {
		super(kind, code, arguments);
	}

}
