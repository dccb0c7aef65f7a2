package org.cloakroom.kiosk.web.api;

/**
 * Why an exemption is revoked (optional); who revokes it is the signed-in console user.
 */
record PolicyRevokeRequest(String because) implements ActedBySignedInUser {
}
