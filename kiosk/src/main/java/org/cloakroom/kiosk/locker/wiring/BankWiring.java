package org.cloakroom.kiosk.locker.wiring;

import static org.cloakroom.kiosk.locker.wiring.InvalidWiringValue.present;
import static org.cloakroom.kiosk.locker.wiring.InvalidWiringValue.text;

import java.util.List;
import java.util.Optional;

/** A bank of lockers as wired: what one file in firmware-config/lockers describes. */
public record BankWiring(String bank, List<LockerWiring> lockers) {

	public BankWiring {
		text("bank", bank);
		lockers = List.copyOf(present("lockers", lockers));
		if (lockers.isEmpty()) {
			throw new InvalidWiringValue("lockers", "must list at least one locker");
		}
	}

	public Optional<LockerWiring> locker(int id) {
		return this.lockers.stream().filter((locker) -> locker.id() == id).findFirst();
	}

}
