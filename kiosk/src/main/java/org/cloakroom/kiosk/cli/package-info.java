/**
 * The field tools: {@code java -jar cloakroom-kiosk.jar ble ...} and {@code gpio ...},
 * run without starting Spring or the web server, for installers and support on site.
 */
package org.cloakroom.kiosk.cli;
