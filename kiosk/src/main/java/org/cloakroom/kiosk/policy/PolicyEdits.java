package org.cloakroom.kiosk.policy;

import org.cloakroom.kiosk.CentralManagement;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Refuses a local edit of the catalogue, area policy and exemptions once this kiosk is
 * centrally managed: they are changed on the central instance, and a local change would
 * be overwritten by its next configuration, or contradict it until then.
 */
@Component
class PolicyEdits {

	private final ObjectProvider<CentralManagement> management;

	PolicyEdits(ObjectProvider<CentralManagement> management) {
		this.management = management;
	}

	/**
	 * @throws PolicyRefusal (conflict) naming the central instance, once managed
	 */
	void allowed() {
		this.management.ifAvailable((managed) -> managed.central().ifPresent((central) -> {
			throw PolicyRefusal.conflict("policy-centrally-managed", central);
		}));
	}

}
