package org.cloakroom.kiosk.web.api;

/** The badge that replaces an employee's badge (a badge reset). */
record EnrolmentBadgeRequest(String badgeId) implements ActedBySignedInUser {
}
