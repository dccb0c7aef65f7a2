/**
 * The web edge by audience: the kiosk screen ({@code web.kiosk}), the officer console
 * ({@code web.officer}), the JSON API ({@code web.api}) and their live updates
 * ({@code web.live}), all through the same services; this package holds what they share
 * (refusals as problem details, request limits, the home page).
 */
@ApplicationModule(allowedDependencies = { "audit", "ble", "checkin", "enrolment", "locker", "policy", "security" })
package org.cloakroom.kiosk.web;

import org.springframework.modulith.ApplicationModule;
