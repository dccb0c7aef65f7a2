package org.cloakroom.kiosk.alert;

/**
 * How urgent an alert is: CRITICAL and HIGH for violations and alert entries, NOTICE for
 * what can wait for the next look at the queue (a phone left in a locker overnight).
 */
public enum AlertSeverity {

	CRITICAL, HIGH, NOTICE

}
