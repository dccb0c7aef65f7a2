package org.cloakroom.kiosk.wiring;

import static org.cloakroom.kiosk.wiring.InvalidWiringValue.validDebounceMs;
import static org.cloakroom.kiosk.wiring.InvalidWiringValue.validExpander;
import static org.cloakroom.kiosk.wiring.InvalidWiringValue.validLine;
import static org.cloakroom.kiosk.wiring.InvalidWiringValue.present;

import java.util.Optional;

/**
 * A switch on an input line: a door's reed switch, the enclosure's tamper switch.
 * {@code active} is the level the line reads while the switch is closed (door shut,
 * enclosure shut). {@code line} is a BCM number, or with {@code expander} a line of that
 * I/O expander. A locker's door may instead be a {@code channel} of a locker
 * {@code board}, whose type says what its reading means; {@code debounceMs} then is how
 * long a new reading must last across polls before it counts.
 */
public record SensorInput(@Omissible Integer line, @Omissible Pull pull, @Omissible Level active, int debounceMs,
		@Omissible String expander, @Omissible String board, @Omissible Integer channel) {

	public SensorInput {
		if (board != null) {
			BoardFields.refuseLineFields(board, "door sensor", line, active, expander, pull);
			InvalidWiringValue.atLeast("channel", present("channel", channel), 1);
		}
		else {
			BoardFields.refuseChannelWithoutBoard(channel);
			validLine("line", present("line", line));
			present("pull", pull);
			present("active", active);
			validExpander("expander", expander);
		}
		validDebounceMs("debounce-ms", debounceMs);
	}

	/** A switch on a line, on the header or on an expander. */
	public SensorInput(int line, Pull pull, Level active, int debounceMs, String expander) {
		this(line, pull, active, debounceMs, expander, null, null);
	}

	/** A switch on a header line. */
	public SensorInput(int line, Pull pull, Level active, int debounceMs) {
		this(line, pull, active, debounceMs, null);
	}

	public Optional<String> onExpander() {
		return Optional.ofNullable(this.expander);
	}

	/** The board channel this switch is read through; empty for a switch on a line. */
	public Optional<BoardChannel> onBoard() {
		return Optional.ofNullable(this.board).map((name) -> new BoardChannel(name, this.channel));
	}

}
