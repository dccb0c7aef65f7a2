/**
 * The home the program runs in (kiosk, simulation, a developer's run) and what the kiosk
 * home refuses to start with, checked before the long start.
 */
@ApplicationModule(allowedDependencies = { "locker" })
package org.cloakroom.kiosk.home;

import org.springframework.modulith.ApplicationModule;
