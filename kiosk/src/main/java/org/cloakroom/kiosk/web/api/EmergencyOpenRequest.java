package org.cloakroom.kiosk.web.api;

/**
 * An admin's emergency open: {@code confirmation} typed as {@code OPEN ALL}, and why. Who
 * opens is the signed-in console user.
 */
record EmergencyOpenRequest(String confirmation, String reason) implements ActedBySignedInUser {
}
