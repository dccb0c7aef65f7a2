/**
 * Violations: rules over what BLE reports (a phone that must be stored heard inside, a
 * stored phone heard away from the lockers, an unenrolled phone inside, a phone left in a
 * locker overnight), each raised once per episode as an audited event that the alert
 * module puts on the officers' queue.
 */
@ApplicationModule(allowedDependencies = { "alert", "audit", "ble", "checkin", "enrolment", "locker", "policy" })
package org.cloakroom.kiosk.violation;

import org.springframework.modulith.ApplicationModule;
