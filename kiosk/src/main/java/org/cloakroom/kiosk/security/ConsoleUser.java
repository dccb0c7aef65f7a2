package org.cloakroom.kiosk.security;

import java.time.Instant;

/**
 * A console user as the consoles and the API show it: never the password or its hash.
 *
 * @param lockedUntil until when sign-in is locked after too many failures; null when not
 * locked
 */
public record ConsoleUser(String username, ConsoleRole role, boolean enabled, boolean mustChangePassword,
		Instant lockedUntil, String createdBy, Instant createdAt, String changedBy, Instant changedAt) {

}
