/**
 * Telling systemd how the kiosk is (sd_notify): ready to serve, alive, stopping; only
 * when the service manager started it with a notification socket.
 */
@ApplicationModule(allowedDependencies = {})
package org.cloakroom.kiosk.systemd;

import org.springframework.modulith.ApplicationModule;
