package org.cloakroom.kiosk.alert;

/** Where an alert stands on the queue: OPEN → ACKNOWLEDGED → RESOLVED. */
public enum AlertStatus {

	OPEN, ACKNOWLEDGED, RESOLVED

}
