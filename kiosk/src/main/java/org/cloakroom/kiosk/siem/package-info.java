/**
 * Forwarding to the SIEM: every audit log entry, in order, as RFC 5424 syslog, re-sent
 * from the log itself after the cursor of what was last sent.
 */
@ApplicationModule(allowedDependencies = { "audit" })
package org.cloakroom.kiosk.siem;

import org.springframework.modulith.ApplicationModule;
