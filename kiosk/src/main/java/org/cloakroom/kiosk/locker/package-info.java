/**
 * The locker bank: the drivers of its locks and sensors (Pi4J GPIO, I/O expanders, locker
 * boards) from the wiring file, and the locker state machine that never loses a phone.
 */
@ApplicationModule(allowedDependencies = { "alert", "audit", "enrolment", "wiring" })
package org.cloakroom.kiosk.locker;

import org.springframework.modulith.ApplicationModule;
