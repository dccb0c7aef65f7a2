/**
 * On a kiosk that joined central: pulls central's configuration, applies each snapshot or
 * delta in one transaction through the enrolment and policy modules, keeps the last good
 * copy, and says how old it is.
 */
package org.cloakroom.kiosk.fleet.pull;
