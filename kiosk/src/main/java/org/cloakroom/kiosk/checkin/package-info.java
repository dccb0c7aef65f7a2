/**
 * The conversation at the door: the check-in on the way in (who is here, which phones
 * must be stored, the answers), the collection on the way out, and the kiosk's one
 * screen. The storages themselves are the locker module's; this module asks it.
 */
@ApplicationModule(allowedDependencies = { "audit", "ble", "enrolment", "locker", "policy", "settings" })
package org.cloakroom.kiosk.checkin;

import org.springframework.modulith.ApplicationModule;
