/**
 * The check-in and check-out flows at the door: who is here, which phones must be stored,
 * the storage session from locker reservation to collection.
 */
@ApplicationModule(allowedDependencies = { "audit", "ble", "enrolment", "locker", "policy" })
package org.cloakroom.kiosk.checkin;

import org.springframework.modulith.ApplicationModule;
