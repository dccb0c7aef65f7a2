package org.cloakroom.kiosk.web.api;

/**
 * Why an admin acts on a locker; for clearing a fault, what the inspection found. Who
 * acts is the signed-in console user.
 */
record LockerAdminRequest(String reason) implements ActedBySignedInUser {
}
