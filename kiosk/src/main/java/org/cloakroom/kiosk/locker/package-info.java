/**
 * The locker bank: wiring from firmware-config, the GPIO drivers (Pi4J) and the locker
 * state machine that never loses a phone.
 */
@ApplicationModule(allowedDependencies = { "alert", "audit", "enrolment" })
package org.cloakroom.kiosk.locker;

import org.springframework.modulith.ApplicationModule;
