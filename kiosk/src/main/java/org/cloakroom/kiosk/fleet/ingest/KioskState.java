package org.cloakroom.kiosk.fleet.ingest;

/**
 * Where a registered kiosk is: registered (its join code not yet used), joined (it holds
 * a fleet token), revoked (its token refused from then on).
 */
public enum KioskState {

	REGISTERED, JOINED, REVOKED

}
