/**
 * Backups of the database: a consistent online copy (H2's {@code BACKUP TO}) taken
 * nightly by the program itself and on an admin's request, rotated, audited and reported
 * through health; {@code backup restore} puts one back into a stopped kiosk.
 */
@ApplicationModule(allowedDependencies = { "audit", "audit :: cli", "alert", "locker" })
package org.cloakroom.kiosk.backup;

import org.springframework.modulith.ApplicationModule;
