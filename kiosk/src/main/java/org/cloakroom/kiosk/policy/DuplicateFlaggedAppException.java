package org.cloakroom.kiosk.policy;

/** A catalogue entry with this id already exists; the web layer answers 409. */
public class DuplicateFlaggedAppException extends RuntimeException {

	public DuplicateFlaggedAppException(String id) {
		super("Flagged app '" + id + "' is already in the catalogue");
	}

}
