package org.cloakroom.kiosk.alert;

import org.cloakroom.kiosk.audit.AuditType;

/**
 * An officer ({@code by}) assigned an alert to an officer ({@code assignee}), taking it
 * from {@code previousAssignee} (null: nobody).
 */
@AuditType("AlertAssigned")
public record AlertAssigned(long alertId, String alertSubject, String assignee, String previousAssignee,
		String by) implements AlertStepEvent {

	@Override
	public String change() {
		return "assigned";
	}

}
