package org.cloakroom.kiosk.ble;

/**
 * One identity of one enrolled phone; {@code identityId} is its row in enrolment (0 where
 * none exists, as in the field tools), which per-identity calibration is keyed by.
 */
public record EnrolledIdentity(long phoneId, long identityId, BleIdentity identity) {

	/** An identity with no enrolment row (field tools, tests). */
	public EnrolledIdentity(long phoneId, BleIdentity identity) {
		this(phoneId, 0, identity);
	}

}
