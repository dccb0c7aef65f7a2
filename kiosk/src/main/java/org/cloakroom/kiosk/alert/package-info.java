/**
 * The officers' alert queue. (In this branch only the contract with the violation module;
 * the alerts helper's branch holds the module and this file's real text.)
 */
@ApplicationModule(allowedDependencies = { "audit" })
package org.cloakroom.kiosk.alert;

import org.springframework.modulith.ApplicationModule;
