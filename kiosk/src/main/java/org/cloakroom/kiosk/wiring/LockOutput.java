package org.cloakroom.kiosk.wiring;

import static org.cloakroom.kiosk.wiring.InvalidWiringValue.validExpander;
import static org.cloakroom.kiosk.wiring.InvalidWiringValue.validLine;
import static org.cloakroom.kiosk.wiring.InvalidWiringValue.present;

import java.time.Duration;
import java.util.Optional;

/**
 * The output that drives a locker's relay. {@code active} is the level that unlocks (the
 * relay energised); the other level is locked, and it is the level the line starts and
 * ends at. In {@link LockMode#PULSE} mode {@code pulseMs} is how long an unlock drives
 * the active level; in {@link LockMode#HOLD} mode it is absent. A lock on a locker board
 * has {@code board} and {@code channel} instead of a line and a level; its mode defaults
 * to pulse, and whether its board can hold or times its own pulse is a rule of the file
 * ({@link WiringRules}).
 */
public record LockOutput(@Omissible Integer line, @Omissible Level active, @Omissible LockMode mode,
		@Omissible Integer pulseMs, @Omissible String expander, @Omissible String board, @Omissible Integer channel) {

	public LockOutput {
		if (board != null) {
			BoardFields.refuseLineFields(board, "lock", line, active, expander, null);
			InvalidWiringValue.atLeast("channel", present("channel", channel), 1);
			mode = (mode != null) ? mode : LockMode.PULSE;
		}
		else {
			BoardFields.refuseChannelWithoutBoard(channel);
			validLine("line", present("line", line));
			present("active", active);
			present("mode", mode);
			validExpander("expander", expander);
		}
		if (mode == LockMode.PULSE && (board == null || pulseMs != null)) {
			InvalidWiringValue.pulseMs("pulse-ms", present("pulse-ms", pulseMs));
		}
		else if (mode == LockMode.HOLD && pulseMs != null) {
			throw new InvalidWiringValue("pulse-ms",
					"applies only to mode: pulse, was " + pulseMs + " with mode: hold");
		}
	}

	/** A lock on a line, on the header or on an expander. */
	public LockOutput(int line, Level active, LockMode mode, Integer pulseMs, String expander) {
		this(line, active, mode, pulseMs, expander, null, null);
	}

	/** A hold-mode lock on a header line. */
	public LockOutput(int line, Level active, LockMode mode) {
		this(line, active, mode, null, null);
	}

	public Level lockedLevel() {
		return this.active.inverse();
	}

	/**
	 * How long an unlock pulses the output; empty in hold mode or when a board times it.
	 */
	public Optional<Duration> pulse() {
		return Optional.ofNullable(this.pulseMs).map(Duration::ofMillis);
	}

	public Optional<String> onExpander() {
		return Optional.ofNullable(this.expander);
	}

	/** The board channel this lock is on; empty for a lock on a line. */
	public Optional<BoardChannel> onBoard() {
		return Optional.ofNullable(this.board).map((name) -> new BoardChannel(name, this.channel));
	}

}
