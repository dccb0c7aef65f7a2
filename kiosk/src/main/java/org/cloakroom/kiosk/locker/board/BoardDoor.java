package org.cloakroom.kiosk.locker.board;

import java.util.function.Consumer;

import org.cloakroom.kiosk.locker.gpio.SwitchSensor;

/** A door's switch read through a board channel, by polling. */
record BoardDoor(BoardWatch board, int channel) implements SwitchSensor {

	@Override
	public boolean closed() {
		return this.board.closed(this.channel);
	}

	@Override
	public void onChange(Consumer<Boolean> closed) {
		this.board.onChange(this.channel, closed);
	}

	@Override
	public String toString() {
		return "door sensor on channel " + this.channel + " of board " + this.board.controller().name();
	}

}
