package org.cloakroom.kiosk.enrolment;

/** Where a phone's app inventory came from. */
public enum InventorySource {

	/** The employee's own attested declaration. */
	DECLARATION,
	/** An export or push from a device-management system. */
	MDM

}
