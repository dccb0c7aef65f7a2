package org.cloakroom.kiosk.web.api;

/**
 * An officer's note on a step of an alert. Who takes the step is the signed-in console
 * user.
 */
record AlertNoteRequest(String note) implements ActedBySignedInUser {
}
