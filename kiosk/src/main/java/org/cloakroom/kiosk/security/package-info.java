/**
 * PIN hashing and the rate limit on wrong PINs; sign-in and roles come later.
 */
package org.cloakroom.kiosk.security;
