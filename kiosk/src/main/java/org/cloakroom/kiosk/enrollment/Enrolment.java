package org.cloakroom.kiosk.enrollment;

import java.util.Set;

import org.cloakroom.kiosk.ble.BleIdentity;
import org.cloakroom.kiosk.policy.Platform;
import org.springframework.stereotype.Service;

/**
 * Enrols employees and phones, adds BLE identities and records app inventories; each an
 * audit event.
 */
@Service
public class Enrolment {

	public EmployeeRef enrolEmployee(String name, String badgeId, String pin) {
		throw new UnsupportedOperationException("TODO enrollment helper");
	}

	public PhoneRef enrolPhone(long employeeId, String label, Platform platform) {
		throw new UnsupportedOperationException("TODO enrollment helper");
	}

	public void addIdentity(long phoneId, BleIdentity identity) {
		throw new UnsupportedOperationException("TODO enrollment helper");
	}

	public AppInventory recordInventory(long phoneId, InventorySource source, Set<String> appIds) {
		throw new UnsupportedOperationException("TODO enrollment helper");
	}

}
