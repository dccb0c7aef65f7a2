/**
 * Employees, their phones, the phones' BLE identities and app inventories.
 */
@ApplicationModule(allowedDependencies = { "audit", "ble", "security" })
package org.cloakroom.kiosk.enrolment;

import org.springframework.modulith.ApplicationModule;
