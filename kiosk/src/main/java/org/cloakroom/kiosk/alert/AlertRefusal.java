package org.cloakroom.kiosk.alert;

import java.util.Set;

import org.cloakroom.kiosk.Refusal;

/**
 * A step on the alerts queue refused: one that does not fit the alert's status, a note
 * missing or too long, an assignee who is not an officer. Its words are
 * {@code refusal.<code>} in {@code messages/alert.properties}.
 */
public final class AlertRefusal extends Refusal {

	/**
	 * The codes of steps that do not fit the alert's status; the others are bad input.
	 */
	private static final Set<String> CONFLICTS = Set.of("alert-already-acknowledged", "alert-already-resolved",
			"alert-resolved", "alert-not-acknowledged", "alert-changed-meanwhile");

	AlertRefusal(String code, Object... arguments) {
		super(CONFLICTS.contains(code) ? Kind.CONFLICT : Kind.INVALID, code, arguments);
	}

}
