package org.cloakroom.kiosk.web.api;

/**
 * Whom to assign an alert to: a console user who is an officer or an admin. Who assigns
 * it is the signed-in console user.
 */
record AlertAssignmentRequest(String assignee) implements ActedBySignedInUser {
}
