package org.cloakroom.kiosk.policy;

/** A catalogue entry with this id already exists. */
public class DuplicateFlaggedAppException extends PolicyRefusal {

	public DuplicateFlaggedAppException(String id) {
		super(Kind.CONFLICT, "flagged-app-taken", id);
	}

}
