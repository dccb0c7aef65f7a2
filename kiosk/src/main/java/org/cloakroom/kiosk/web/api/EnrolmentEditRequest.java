package org.cloakroom.kiosk.web.api;

/** An employee's name and preferred language (none: the kiosk's default), as edited. */
record EnrolmentEditRequest(String name, String language) implements ActedBySignedInUser {
}
