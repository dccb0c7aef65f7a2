/**
 * PIN hashing and the rate limit on wrong PINs; console users, their roles, sign-in
 * lock-out and the first admin (the web edge's filter chain asks it who is who).
 */
@ApplicationModule(allowedDependencies = { "audit" })
package org.cloakroom.kiosk.security;

import org.springframework.modulith.ApplicationModule;
