package org.cloakroom.kiosk.policy;

import java.util.List;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/**
 * An admin ({@code by}) changed the area policy on the console, or reset settings to the
 * configuration's values: the whole policy before and after, and each changed setting in
 * words ({@code mode: FLAGGED_APPS_ONLY -> ALL_PHONES}). About the kiosk, whose policy it
 * is.
 */
@AuditType("AreaPolicyChanged")
public record AreaPolicyChanged(AreaPolicy before, AreaPolicy after, List<String> changes,
		String by) implements AuditableEvent {

	public AreaPolicyChanged {
		changes = List.copyOf(changes);
	}

	@Override
	public AuditSubject subject() {
		return AuditSubject.kiosk();
	}

}
