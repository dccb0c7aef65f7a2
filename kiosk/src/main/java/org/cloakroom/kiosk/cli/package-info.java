/**
 * The field tools: {@code java -jar cloakroom-kiosk.jar ble ...}, {@code gpio ...},
 * {@code badge ...}, {@code audit ...}, {@code backup ...} and {@code doctor}, run
 * without starting Spring or the web server, for installers and support on site.
 */
@ApplicationModule(
		allowedDependencies = { "ble :: cli", "locker :: cli", "badge :: cli", "audit :: cli", "backup :: cli" })
package org.cloakroom.kiosk.cli;

import org.springframework.modulith.ApplicationModule;
