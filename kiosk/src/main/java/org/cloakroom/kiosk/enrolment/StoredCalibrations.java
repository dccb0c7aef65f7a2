package org.cloakroom.kiosk.enrolment;

import java.util.List;

import org.cloakroom.kiosk.ble.PhoneCalibration;
import org.cloakroom.kiosk.ble.PhoneCalibrations;

import org.springframework.stereotype.Repository;

/**
 * The phones' calibrations, and the BLE module's view of them. Placeholder of the issue
 * 14 scaffolding: no phone is calibrated yet.
 */
@Repository
class StoredCalibrations implements PhoneCalibrations {

	@Override
	public List<PhoneCalibration> all() {
		return List.of();
	}

}
