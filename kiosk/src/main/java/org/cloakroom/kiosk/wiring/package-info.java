/**
 * The door's wiring file as data: what is wired to this kiosk's Pi (the locker bank, its
 * expanders and locker boards, the kiosk's own outputs and inputs, the badge readers) as
 * validated records read from a YAML file in firmware-config/lockers, with errors that
 * name the file, the line and the field. The locker and badge modules read their parts.
 */
@ApplicationModule(allowedDependencies = {})
package org.cloakroom.kiosk.wiring;

import org.springframework.modulith.ApplicationModule;
