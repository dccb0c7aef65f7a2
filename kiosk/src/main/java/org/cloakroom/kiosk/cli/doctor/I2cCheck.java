package org.cloakroom.kiosk.cli.doctor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cloakroom.kiosk.locker.cli.InstalledWiring;

/**
 * The I2C bus of the header, where the wiring puts its I/O expanders: only checked when
 * it has any.
 */
record I2cCheck(Path dev, int expanders, DeviceAccess access) implements Check {

	static final String NAME = "i2c";

	@Override
	public List<Finding> run() {
		if (this.expanders == 0) {
			return List.of(Finding.ok(NAME, "not used: the wiring has no I/O expander"));
		}
		Path bus = this.dev.resolve(InstalledWiring.HEADER_I2C_BUS);
		String user = this.access.user();
		if (!Files.exists(bus)) {
			return List.of(Finding.fail(NAME,
					bus + " is missing and the wiring puts " + this.expanders + " I/O expander(s) on it",
					"sudo raspi-config nonint do_i2c 0 (dtparam=i2c_arm=on), then reboot"));
		}
		if (!this.access.test(bus)) {
			return List.of(Finding.fail(NAME, "permission denied on " + bus + " for user " + user,
					"sudo usermod -aG i2c " + user + ", then: sudo systemctl restart cloakroom"));
		}
		return List.of(Finding.ok(NAME,
				bus + " readable and writable by user " + user + " for " + this.expanders + " I/O expander(s)"));
	}

}
