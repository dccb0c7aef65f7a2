/**
 * The officer console's charts: counts over the audit log (check-ins per hour, alerts per
 * day by kind, locker occupancy over a day, decisions by rule) as series that the console
 * draws and the API returns. It reads the log's table directly, read-only, for aggregates
 * the audit module's API does not offer.
 */
@ApplicationModule(allowedDependencies = {})
package org.cloakroom.kiosk.chart;

import org.springframework.modulith.ApplicationModule;
