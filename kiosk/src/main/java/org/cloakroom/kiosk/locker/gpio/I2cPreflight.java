package org.cloakroom.kiosk.locker.gpio;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Predicate;

import org.cloakroom.kiosk.wiring.BankWiring;
import org.cloakroom.kiosk.wiring.Expander;

/**
 * Checks that each I2C bus the expanders are on exists and is open to this user before
 * Pi4J's linuxfs provider opens it: a missing {@code /dev/i2c-1} is the Pi's I2C not
 * enabled, which no retry will cure, so it stops start-up (a chip that does not answer on
 * a bus that exists only faults its lockers).
 */
final class I2cPreflight {

	private final Predicate<Path> exists;

	private final Predicate<Path> accessible;

	I2cPreflight(Predicate<Path> exists, Predicate<Path> accessible) {
		this.exists = exists;
		this.accessible = accessible;
	}

	static I2cPreflight ofThisMachine() {
		return new I2cPreflight(Files::exists, (bus) -> Files.isReadable(bus) && Files.isWritable(bus));
	}

	/** Why an expander's bus cannot be opened, or empty when every one can. */
	Optional<String> problem(BankWiring wiring, Path wiringFile) {
		for (Expander expander : wiring.expanders()) {
			Path bus = Path.of(expander.busDevice());
			if (!this.exists.test(bus)) {
				return Optional.of("there is no " + bus + " for expander " + expander.name() + " (wiring file "
						+ wiringFile + "): I2C is not enabled; add dtparam=i2c_arm=on to config.txt "
						+ "(/boot/firmware/config.txt; see firmware-config/boot/config.txt), load i2c-dev "
						+ "(firmware-config/udev/99-cloakroom-i2c.rules says how) and reboot");
			}
			if (!this.accessible.test(bus)) {
				return Optional.of("permission denied on " + bus + " for user " + System.getProperty("user.name")
						+ " (expander " + expander.name() + "): install firmware-config/udev/99-cloakroom-i2c.rules "
						+ "and add the user to the i2c group (usermod -aG i2c <user>)");
			}
		}
		return Optional.empty();
	}

}
