package org.cloakroom.kiosk.web.api;

/**
 * Who acts on a locker (a name until sign-in exists) and why; for clearing a fault, what
 * the inspection found.
 */
record LockerAdminRequest(String by, String reason) {
}
