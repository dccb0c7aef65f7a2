package org.cloakroom.kiosk.web.api;

/** Why an entry is retired (optional, at most 500 characters). */
record CatalogueRetireRequest(String because) implements ActedBySignedInUser {
}
