package org.cloakroom.kiosk.wiring;

/**
 * A lock or door sensor on a channel of a locker board (channels numbered from 1, as
 * printed on the board) instead of on a line.
 */
public record BoardChannel(String board, int channel) {

	@Override
	public String toString() {
		return "channel " + this.channel + " of board " + this.board;
	}

}
