package org.cloakroom.kiosk.siem;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/** An auditable event of the SIEM tests, standing in for any module's event. */
@AuditType("SiemTested")
record SiemTested(AuditSubject subject, String note, int number, boolean alert) implements AuditableEvent {

	static SiemTested number(int number) {
		return new SiemTested(AuditSubject.kiosk(), "Zoë's a=b|c\\d \"q\" ] #" + number, number, number % 7 == 0);
	}

}
