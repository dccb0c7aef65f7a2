package org.cloakroom.kiosk.settings;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * An admin ({@code by}) changed one of the kiosk's run-time settings on the console, or
 * gave it back to the configuration ({@code reset}); values as configuration writes them.
 */
@AuditType("RunTimeSettingChanged")
public record RunTimeSettingChanged(String setting, String before, String after, boolean reset,
		String by) implements AuditableEvent {

	@Override
	public AuditSubject subject() {
		return AuditSubject.kiosk();
	}

}
