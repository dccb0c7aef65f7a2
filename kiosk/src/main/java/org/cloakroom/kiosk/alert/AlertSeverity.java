package org.cloakroom.kiosk.alert;

public enum AlertSeverity {

	CRITICAL, HIGH, NOTICE

}
