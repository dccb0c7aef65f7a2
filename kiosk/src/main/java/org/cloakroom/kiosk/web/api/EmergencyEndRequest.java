package org.cloakroom.kiosk.web.api;

/** The return to normal after an emergency release, with what the admin checked. */
record EmergencyEndRequest(String note) implements ActedBySignedInUser {
}
