package org.cloakroom.kiosk.policy;

import java.util.List;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * The admin {@code by} names edited a catalogue entry; {@code changes} says what changed,
 * before and after.
 */
@AuditType("FlaggedAppEdited")
public record FlaggedAppEdited(String appId, String name, Severity severity, String aliasOf, List<String> changes,
		String by) implements AuditableEvent {

	public FlaggedAppEdited {
		changes = List.copyOf(changes);
	}

	static FlaggedAppEdited of(FlaggedApp before, FlaggedApp after, String by) {
		return new FlaggedAppEdited(after.id(), after.name(), after.severity(), after.aliasOf(),
				EntryChanges.between(before, after), by);
	}

	@Override
	public AuditSubject subject() {
		return AuditSubject.flaggedApp(this.appId);
	}

}
