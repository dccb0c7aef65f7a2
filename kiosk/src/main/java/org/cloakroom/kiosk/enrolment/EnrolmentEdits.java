package org.cloakroom.kiosk.enrolment;

import org.cloakroom.kiosk.CentralManagement;
import org.cloakroom.kiosk.Refusal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Refuses a local edit of the employees, phones and identities once this kiosk is
 * centrally managed: they are changed on the central instance, and a local change would
 * be overwritten by its next configuration, or contradict it until then.
 */
@Component
class EnrolmentEdits {

	private final ObjectProvider<CentralManagement> management;

	EnrolmentEdits(ObjectProvider<CentralManagement> management) {
		this.management = management;
	}

	/**
	 * @throws EnrolmentRefusal (conflict) naming the central instance, once managed
	 */
	void allowed() {
		this.management.ifAvailable((managed) -> managed.central().ifPresent((central) -> {
			throw new EnrolmentRefusal(Refusal.Kind.CONFLICT, "enrolment-centrally-managed", central);
		}));
	}

}
