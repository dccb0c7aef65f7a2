/**
 * PIN hashing and the rate limit on wrong PINs; sign-in and roles come later.
 */
@ApplicationModule(allowedDependencies = { "audit" })
package org.cloakroom.kiosk.security;

import org.springframework.modulith.ApplicationModule;
