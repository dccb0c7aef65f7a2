/**
 * Bluetooth LE: transports, advertisement decoding, phone identity and proximity zones.
 */
@ApplicationModule(allowedDependencies = { "audit" })
package org.cloakroom.kiosk.ble;

import org.springframework.modulith.ApplicationModule;
