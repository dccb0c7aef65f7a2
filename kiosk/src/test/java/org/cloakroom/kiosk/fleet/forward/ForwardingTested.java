package org.cloakroom.kiosk.fleet.forward;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/** An auditable event of the forwarding tests, standing in for any module's event. */
@AuditType("ForwardingTested")
record ForwardingTested(AuditSubject subject, String note, int number) implements AuditableEvent {

	static ForwardingTested number(int number) {
		return new ForwardingTested(AuditSubject.kiosk(), "Zoë's \"entry\" #" + number, number);
	}

}
