package org.cloakroom.kiosk.ble.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.cloakroom.kiosk.ble.BleProperties.Placement;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * {@code --adapter name=door|lockers|inside} options as placements: with the defaults
 * {@code door} and {@code inside} ({@link #parse}), or only those given ({@link #given},
 * where the defaults come from {@link ReplaySettings}).
 */
final class Placements {

	private Placements() {
	}

	static Map<String, Placement> parse(Map<String, String> options, CommandLine command) {
		Map<String, Placement> placements = new LinkedHashMap<>();
		placements.put("door", Placement.DOOR);
		placements.put("inside", Placement.INSIDE);
		placements.putAll(given(options, command));
		return placements;
	}

	static Map<String, Placement> given(Map<String, String> options, CommandLine command) {
		Map<String, Placement> placements = new LinkedHashMap<>();
		options.forEach((adapter, placement) -> placements.put(adapter, placement(adapter, placement, command)));
		return placements;
	}

	private static Placement placement(String adapter, String placement, CommandLine command) {
		try {
			return Placement.valueOf(placement.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new ParameterException(command,
					"--adapter " + adapter + ": placement must be door, lockers or inside, got '" + placement + "'");
		}
	}

}
