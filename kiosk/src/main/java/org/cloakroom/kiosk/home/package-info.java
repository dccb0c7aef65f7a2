/**
 * The home the program runs in ({@code cloakroom.home}: kiosk, simulation, central; a
 * developer's run) and what the kiosk home refuses to start with, checked before the long
 * start.
 * <p>
 * The central home drops the modules only a door has (ble, locker, badge, checkin,
 * simulation, violation, backup, wiring and the kiosk screen, {@code web.kiosk}) in one
 * place: {@link org.cloakroom.kiosk.home.CentralHomeModules} registers
 * {@link org.cloakroom.kiosk.home.DoorOnlyModules}, a {@code TypeExcludeFilter} by
 * package, before the component scan, so none of their classes becomes a bean there. A
 * bean of a shared module that needs one of them says so: {@code @DoorHome} when it is
 * only a door's (the lockers' pages and API, check-in API, backups API, spot
 * calibration), an {@code Optional} dependency when it serves both homes (the console's
 * emergency banner, the story's locker names).
 */
@ApplicationModule(allowedDependencies = { "locker" })
package org.cloakroom.kiosk.home;

import org.springframework.modulith.ApplicationModule;
