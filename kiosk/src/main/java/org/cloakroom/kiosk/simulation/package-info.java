/**
 * The simulation home: demo people and phones, the virtual world they walk in, and the
 * control panel beside the kiosk screen with its API. Present only when
 * {@code cloakroom.simulation.enabled} is true.
 */
@ApplicationModule(allowedDependencies = { "badge :: simulated", "ble", "ble :: simulated", "checkin", "enrolment",
		"locker", "policy" })
package org.cloakroom.kiosk.simulation;

import org.springframework.modulith.ApplicationModule;
