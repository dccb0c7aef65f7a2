/**
 * The locker bank: wiring from firmware-config, the GPIO drivers (Pi4J) and the locker
 * state machine that never loses a phone.
 */
package org.cloakroom.kiosk.locker;
