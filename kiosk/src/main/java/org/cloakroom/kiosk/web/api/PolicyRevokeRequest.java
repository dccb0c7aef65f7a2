package org.cloakroom.kiosk.web.api;

/** Who revokes an exemption (a name until sign-in exists) and, optionally, why. */
record PolicyRevokeRequest(String revokedBy, String because) {
}
