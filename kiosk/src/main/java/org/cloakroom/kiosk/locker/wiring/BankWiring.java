package org.cloakroom.kiosk.locker.wiring;

import static org.cloakroom.kiosk.locker.wiring.InvalidWiringValue.present;
import static org.cloakroom.kiosk.locker.wiring.InvalidWiringValue.text;

import java.util.List;
import java.util.Optional;

/**
 * A bank of lockers as wired: what one file in firmware-config/lockers describes. The
 * board defaults to a Pi 4; kiosk-wide outputs and inputs default to none.
 */
public record BankWiring(Board board, String bank, KioskOutputs outputs, KioskInputs inputs,
		List<LockerWiring> lockers) {

	public BankWiring {
		board = (board != null) ? board : Board.PI4;
		text("bank", bank);
		outputs = (outputs != null) ? outputs : KioskOutputs.NONE;
		inputs = (inputs != null) ? inputs : KioskInputs.NONE;
		lockers = List.copyOf(present("lockers", lockers));
		if (lockers.isEmpty()) {
			throw new InvalidWiringValue("lockers", "must list at least one locker");
		}
	}

	/** A Pi 4 bank of lockers only. */
	public BankWiring(String bank, List<LockerWiring> lockers) {
		this(Board.PI4, bank, KioskOutputs.NONE, KioskInputs.NONE, lockers);
	}

	public Optional<LockerWiring> locker(int id) {
		return this.lockers.stream().filter((locker) -> locker.id() == id).findFirst();
	}

}
