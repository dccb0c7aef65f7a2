package org.cloakroom.kiosk.ble;

import java.util.List;

/**
 * Port: where the BLE module learns which identities belong to which enrolled phone.
 * Implemented by enrolment; publish {@link EnrolledIdentitiesChanged} after a change.
 */
public interface EnrolledIdentities {

	List<EnrolledIdentity> all();

}
