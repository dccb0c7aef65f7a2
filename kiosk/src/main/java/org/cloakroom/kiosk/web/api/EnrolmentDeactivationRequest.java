package org.cloakroom.kiosk.web.api;

/** Why an employee is deactivated; recorded with the admin who did it. */
record EnrolmentDeactivationRequest(String reason) implements ActedBySignedInUser {
}
