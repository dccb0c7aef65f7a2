package org.cloakroom.kiosk;

/**
 * Something that was asked for by id does not exist. The web layer answers 404 with this
 * message, so the message names what and which.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, Object id) {
		super(what + " " + id + " does not exist");
	}

}
