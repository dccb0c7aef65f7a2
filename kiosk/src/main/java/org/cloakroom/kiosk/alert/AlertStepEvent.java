package org.cloakroom.kiosk.alert;

import java.util.Arrays;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * An officer's audited step on an alert. Its subject is what the alert is about (so that
 * the step shows in that locker's or employee's log), its details name the alert; it is
 * never an alert itself.
 */
sealed interface AlertStepEvent extends AuditableEvent permits AlertAcknowledged, AlertAssigned, AlertResolved {

	long alertId();

	/** The alert's subject, as its raising entry recorded it. */
	String alertSubject();

	/** What the live stream calls this change. */
	String change();

	@Override
	default AuditSubject subject() {
		return subjectOf(alertSubject());
	}

	/**
	 * The subject the raising entry recorded ({@code locker:7}, {@code kiosk}); one of a
	 * kind this program no longer knows stays readable as the kiosk's.
	 */
	static AuditSubject subjectOf(String text) {
		int colon = text.indexOf(':');
		String word = (colon < 0) ? text : text.substring(0, colon);
		String id = (colon < 0) ? null : text.substring(colon + 1);
		return Arrays.stream(AuditSubject.Kind.values())
			.filter((kind) -> kind.word().equals(word) && kind.identified() == (id != null))
			.findFirst()
			.map((kind) -> new AuditSubject(kind, id))
			.orElseGet(AuditSubject::kiosk);
	}

}
