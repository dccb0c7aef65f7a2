package org.cloakroom.kiosk.ble;

import java.util.List;

/**
 * Port: where the BLE module learns each enrolled identity's spot levels. Implemented by
 * enrolment; publish {@link PhoneCalibrationsChanged} after a change.
 */
public interface PhoneCalibrations {

	List<PhoneCalibration> all();

}
