package org.cloakroom.kiosk.locker.board;

/** A locker board or its serial port failed; the message names the board and the port. */
class BoardException extends RuntimeException {

	BoardException(String message) {
		super(message);
	}

}
