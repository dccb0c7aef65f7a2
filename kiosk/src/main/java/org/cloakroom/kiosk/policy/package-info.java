/**
 * The flagged-app catalogue, the area policy with its exemptions, and the compliance
 * decision for one phone.
 */
@ApplicationModule(allowedDependencies = { "audit", "enrolment" })
package org.cloakroom.kiosk.policy;

import org.springframework.modulith.ApplicationModule;
