/**
 * The web edge, by audience: the kiosk screen ({@code web.kiosk}, for the employee at the
 * door), the officer console ({@code web.officer}, for security officers), the JSON API
 * ({@code web.api}, for programs: MDM pushes, a second kiosk, the consoles to come) and
 * the live streams the pages refresh from ({@code web.live}). There is no admin console
 * yet: issue 13 adds it as {@code web.admin}; until then an admin uses the JSON API. The
 * simulation's panel lives in the simulation module.
 * <p>
 * This package is what every audience shares: refusals mapped to HTTP on purpose
 * ({@link org.cloakroom.kiosk.web.ApiErrors}) in the words of the message bundles
 * ({@link org.cloakroom.kiosk.web.RefusalWords}), problem-details JSON for every error,
 * the same-origin guard and the request size limits.
 */
@ApplicationModule(allowedDependencies = { "alert", "audit", "backup", "badge", "ble", "chart", "checkin", "enrolment",
		"fleet", "fleet :: ingest", "locker", "policy", "security", "settings", "story" })
package org.cloakroom.kiosk.web;

import org.springframework.modulith.ApplicationModule;
