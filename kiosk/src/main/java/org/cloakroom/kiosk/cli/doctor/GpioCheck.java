package org.cloakroom.kiosk.cli.doctor;

import java.nio.file.Path;
import java.util.List;

import org.cloakroom.kiosk.locker.cli.InstalledWiring;

/**
 * The GPIO chips the gpiod provider opens: there, and readable and writable by the
 * service's user.
 */
record GpioCheck(Path dev, DeviceAccess access) implements Check {

	static final String NAME = "gpio";

	@Override
	public List<Finding> run() {
		InstalledWiring.Chips chips = InstalledWiring.chips(this.dev, this.access.user(), this.access);
		if (chips.names().isEmpty()) {
			return List.of(Finding.fail(NAME, "no gpiochip in " + this.dev,
					"run on a Raspberry Pi whose kernel offers the GPIO character device (Raspberry Pi OS Bookworm or later)"));
		}
		if (chips.problem().isPresent()) {
			String problem = chips.problem().get();
			int colon = problem.indexOf(": ");
			return List.of(Finding.fail(NAME, problem.substring(0, colon), problem.substring(colon + 2)));
		}
		return List.of(Finding.ok(NAME,
				String.join(", ", chips.names()) + " readable and writable by user " + this.access.user()));
	}

}
