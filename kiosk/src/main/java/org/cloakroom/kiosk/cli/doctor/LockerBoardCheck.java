package org.cloakroom.kiosk.cli.doctor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.cloakroom.kiosk.wiring.LockerBoard;

/**
 * The serial ports of the wiring's locker boards (several boards may share one RS-485
 * bus), one finding per port: there, a character device, and readable and writable by the
 * service's user. No board is asked anything: while the kiosk runs, the port is its.
 */
record LockerBoardCheck(List<LockerBoard> boards, Path dev, DeviceAccess access) implements Check {

	static final String NAME = "boards";

	private static final String SERIAL_RULE = "firmware-config/udev/99-cloakroom-serial.rules";

	@Override
	public List<Finding> run() {
		if (this.boards.isEmpty()) {
			return List.of(Finding.ok(NAME, "not used: the wiring has no locker board"));
		}
		Map<String, List<LockerBoard>> perPort = this.boards.stream()
			.collect(Collectors.groupingBy(LockerBoard::port, LinkedHashMap::new, Collectors.toList()));
		List<Finding> findings = new ArrayList<>();
		perPort.forEach((port, boards) -> findings.add(port(DeviceFiles.locate(this.dev, port), boards)));
		return findings;
	}

	private Finding port(Path port, List<LockerBoard> boards) {
		String user = this.access.user();
		String names = boards.stream()
			.map((board) -> board.name() + " (" + board.type().wiringName() + " at address " + board.address() + ")")
			.collect(Collectors.joining(", "));
		if (!Files.exists(port)) {
			return Finding.fail(NAME, port + " is missing, the port of board " + names,
					"plug the USB-RS-485 adapter in and install " + SERIAL_RULE
							+ " (it names the adapter /dev/cloakroom-rs485); see: ls -l /dev/serial/by-id/");
		}
		if (!DeviceFiles.isCharacterDevice(port)) {
			return Finding.fail(NAME, port + " is not a character device, yet the port of board " + names,
					"set the boards' port: to the adapter's serial device (/dev/cloakroom-rs485 from " + SERIAL_RULE
							+ ")");
		}
		if (!this.access.test(port)) {
			return Finding.fail(NAME, "permission denied on " + port + " for user " + user,
					"install " + SERIAL_RULE + " (group dialout), sudo usermod -aG dialout " + user
							+ ", then: sudo systemctl restart cloakroom");
		}
		return Finding.ok(NAME, port + " readable and writable by user " + user + " for board " + names);
	}

}
