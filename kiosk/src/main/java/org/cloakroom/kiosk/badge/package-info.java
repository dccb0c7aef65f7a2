/**
 * The kiosk's badge readers: keyboard-wedge, PC/SC and Wiegand readers from the wiring
 * file, and the simulation's reader, each a {@link org.cloakroom.kiosk.badge.BadgeReader}
 * whose reads go to the one port a read may take, {@code checkin.BadgeReads}.
 */
@ApplicationModule(allowedDependencies = { "audit", "checkin", "enrolment", "wiring" })
package org.cloakroom.kiosk.badge;

import org.springframework.modulith.ApplicationModule;
