package org.cloakroom.kiosk.wiring;

/** What a lock or switch may not say once it is on a locker board, and the reverse. */
final class BoardFields {

	private BoardFields() {
	}

	static void refuseLineFields(String board, String what, Integer line, Level active, String expander, Pull pull) {
		InvalidWiringValue.text("board", board);
		refuse("line", line, board, what);
		refuse("active", active, board, what);
		refuse("expander", expander, board, what);
		refuse("pull", pull, board, what);
	}

	static void refuseChannelWithoutBoard(Integer channel) {
		if (channel != null) {
			throw new InvalidWiringValue("channel",
					"applies only with board: a channel of a locker board; a line has line and active instead");
		}
	}

	private static void refuse(String field, Object value, String board, String what) {
		if (value != null) {
			throw new InvalidWiringValue(field, "does not apply to a " + what + " on board " + board
					+ ", which has board and channel instead of a line");
		}
	}

}
