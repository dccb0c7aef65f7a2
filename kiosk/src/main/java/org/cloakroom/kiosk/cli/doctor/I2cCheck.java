package org.cloakroom.kiosk.cli.doctor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.cloakroom.kiosk.wiring.Expander;

/**
 * The I2C buses the wiring puts its I/O expanders on (each expander's {@code i2c-bus}, by
 * default the header's {@code /dev/i2c-1}), one finding per bus: only checked when it has
 * any.
 */
record I2cCheck(Path dev, List<Expander> expanders, DeviceAccess access) implements Check {

	static final String NAME = "i2c";

	@Override
	public List<Finding> run() {
		if (this.expanders.isEmpty()) {
			return List.of(Finding.ok(NAME, "not used: the wiring has no I/O expander"));
		}
		Map<Integer, Long> perBus = this.expanders.stream()
			.collect(Collectors.groupingBy(Expander::i2cBus, TreeMap::new, Collectors.counting()));
		List<Finding> findings = new ArrayList<>();
		perBus.forEach((bus, count) -> findings.add(bus(bus, count)));
		return findings;
	}

	private Finding bus(int number, long expanders) {
		Path bus = this.dev.resolve("i2c-" + number);
		String user = this.access.user();
		if (!Files.exists(bus)) {
			return Finding.fail(NAME, bus + " is missing and the wiring puts " + expanders + " I/O expander(s) on it",
					(number == Expander.DEFAULT_BUS)
							? "sudo raspi-config nonint do_i2c 0 (dtparam=i2c_arm=on), then reboot"
							: "enable I2C bus " + number + " in /boot/firmware/config.txt (a dtoverlay such as i2c"
									+ number + " or i2c-gpio,bus=" + number + ") and load i2c-dev, then reboot");
		}
		if (!this.access.test(bus)) {
			return Finding.fail(NAME, "permission denied on " + bus + " for user " + user,
					"install firmware-config/udev/99-cloakroom-i2c.rules, sudo usermod -aG i2c " + user
							+ ", then: sudo systemctl restart cloakroom");
		}
		return Finding.ok(NAME,
				bus + " readable and writable by user " + user + " for " + expanders + " I/O expander(s)");
	}

}
