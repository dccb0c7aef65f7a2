/**
 * The field tools: {@code java -jar cloakroom-kiosk.jar ble ...}, {@code gpio ...},
 * {@code badge ...}, {@code audit ...}, {@code backup ...}, {@code fleet ...} and
 * {@code doctor}, run without starting Spring or the web server, for installers and
 * support on site. The doctor reads the wiring file's records to check the devices they
 * name.
 */
@ApplicationModule(allowedDependencies = { "ble :: cli", "locker :: cli", "badge :: cli", "audit :: cli",
		"backup :: cli", "fleet :: cli", "wiring" })
package org.cloakroom.kiosk.cli;

import org.springframework.modulith.ApplicationModule;
