/**
 * The officers' alerts queue: every audit entry that raises an alert opens one (once per
 * episode), and officers acknowledge, assign and resolve it, each step audited.
 */
@ApplicationModule(allowedDependencies = { "audit", "security" })
package org.cloakroom.kiosk.alert;

import org.springframework.modulith.ApplicationModule;
