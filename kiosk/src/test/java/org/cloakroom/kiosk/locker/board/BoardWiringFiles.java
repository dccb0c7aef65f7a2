package org.cloakroom.kiosk.locker.board;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Wiring files for a bank on one locker board at a test's port. */
public final class BoardWiringFiles {

	private BoardWiringFiles() {
	}

	/** Lockers 1..{@code lockers} on channels 1..n of a KR-CU16 at address 0. */
	public static Path krCu16(Path dir, Path port, int lockers, int debounceMs) {
		return write(dir.resolve("kr-cu16.yaml"), "kr-cu16", port, 0, lockers, debounceMs, "");
	}

	/** Lockers 1..{@code lockers} on a Modbus IO board at address 1, 250 ms pulses. */
	public static Path modbus(Path dir, Path port, int lockers) {
		return write(dir.resolve("modbus.yaml"), "modbus-io-8ch", port, 1, lockers, 0, ", pulse-ms: 250");
	}

	/**
	 * Lockers 1..{@code lockers} on a Modbus IO board at address 1, held open (mode:
	 * hold).
	 */
	public static Path modbusHold(Path dir, Path port, int lockers) {
		return write(dir.resolve("modbus-hold.yaml"), "modbus-io-8ch", port, 1, lockers, 0, ", mode: hold");
	}

	private static Path write(Path file, String type, Path port, int address, int lockers, int debounceMs,
			String lockExtra) {
		StringBuilder yaml = new StringBuilder("bank: boards-test\nboards:\n  - { name: bank-a, type: " + type
				+ ", port: " + port + ", address: " + address + ", poll-ms: 50 }\nlockers:\n");
		for (int id = 1; id <= lockers; id++) {
			yaml.append("  - id: ")
				.append(id)
				.append("\n    label: \"B")
				.append(id)
				.append("\"\n    row: 1\n    column: ")
				.append(id)
				.append("\n    lock: { board: bank-a, channel: ")
				.append(id)
				.append(lockExtra)
				.append(" }\n    door: { board: bank-a, channel: ")
				.append(id)
				.append(", debounce-ms: ")
				.append(debounceMs)
				.append(" }\n");
		}
		try {
			return Files.writeString(file, yaml);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
