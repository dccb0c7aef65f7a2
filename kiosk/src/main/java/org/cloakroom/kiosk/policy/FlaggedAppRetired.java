package org.cloakroom.kiosk.policy;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * The admin {@code by} names retired a catalogue entry: it no longer matches, and stays
 * for the record.
 */
@AuditType("FlaggedAppRetired")
public record FlaggedAppRetired(String appId, String name, String because, String by) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.flaggedApp(this.appId);
	}

}
