package org.cloakroom.kiosk.wiring;

import static org.cloakroom.kiosk.wiring.InvalidWiringValue.present;
import static org.cloakroom.kiosk.wiring.InvalidWiringValue.text;

import java.util.List;
import java.util.Optional;

/**
 * A bank of lockers as wired: what one file in firmware-config/lockers describes. The
 * board defaults to a Pi 4; expanders, kiosk-wide outputs and inputs, badge readers and
 * locker boards default to none.
 */
public record BankWiring(@Omissible Board board, String bank, @Omissible List<Expander> expanders,
		@Omissible KioskOutputs outputs, @Omissible KioskInputs inputs, @Omissible List<BadgeReaderWiring> readers,
		@Omissible List<LockerBoard> boards, List<LockerWiring> lockers) {

	public BankWiring {
		board = (board != null) ? board : Board.PI4;
		text("bank", bank);
		expanders = (expanders != null) ? List.copyOf(expanders) : List.of();
		outputs = (outputs != null) ? outputs : KioskOutputs.NONE;
		inputs = (inputs != null) ? inputs : KioskInputs.NONE;
		readers = (readers != null) ? List.copyOf(readers) : List.of();
		boards = (boards != null) ? List.copyOf(boards) : List.of();
		lockers = List.copyOf(present("lockers", lockers));
		if (lockers.isEmpty()) {
			throw new InvalidWiringValue("lockers", "must list at least one locker");
		}
	}

	/** A bank without locker boards. */
	public BankWiring(Board board, String bank, List<Expander> expanders, KioskOutputs outputs, KioskInputs inputs,
			List<BadgeReaderWiring> readers, List<LockerWiring> lockers) {
		this(board, bank, expanders, outputs, inputs, readers, List.of(), lockers);
	}

	/** A Pi 4 bank of lockers only, on header lines. */
	public BankWiring(String bank, List<LockerWiring> lockers) {
		this(Board.PI4, bank, List.of(), KioskOutputs.NONE, KioskInputs.NONE, List.of(), lockers);
	}

	public Optional<LockerWiring> locker(int id) {
		return this.lockers.stream().filter((locker) -> locker.id() == id).findFirst();
	}

	public Optional<LockerBoard> lockerBoard(String name) {
		return this.boards.stream().filter((board) -> board.name().equals(name)).findFirst();
	}

	public Optional<Expander> expander(String name) {
		return this.expanders.stream().filter((expander) -> expander.name().equals(name)).findFirst();
	}

}
