/**
 * The kiosk's run-time settings: the few configuration values that are safe to change
 * while it runs (the officers' alert sound, how long a check-in waits), changed by an
 * admin on the console, audited, kept across restarts and laid over the configuration.
 */
@ApplicationModule(allowedDependencies = { "audit" })
package org.cloakroom.kiosk.settings;

import org.springframework.modulith.ApplicationModule;
