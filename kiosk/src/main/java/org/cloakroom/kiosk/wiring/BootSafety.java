package org.cloakroom.kiosk.wiring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Outputs that a booting Pi would switch on before anything drives them: from power-on
 * until config.txt's {@code gpio=} lines are applied (about a second) and the kiosk
 * starts, BCM 0..8 are pulled up and BCM 9..27 pulled down. A lock whose unlocking level
 * is its line's boot level opens while the Pi boots, after every power cut. Lines on an
 * MCP23017 are inputs (high impedance) from power-on and are not flagged.
 */
final class BootSafety {

	/** The last BCM line that the Pi pulls up at reset. */
	static final int LAST_PULLED_UP = 8;

	private BootSafety() {
	}

	static List<RecordBinder.Problem> warnings(BankWiring wiring) {
		List<RecordBinder.Problem> warnings = new ArrayList<>();
		for (int i = 0; i < wiring.lockers().size(); i++) {
			LockOutput lock = wiring.lockers().get(i).lock();
			if (lock.onBoard().isPresent()) {
				continue;
			}
			check(lock.onExpander(), lock.line(), lock.active(), "unlocks this lock",
					FieldPath.of("lockers", i, "lock", "active"), warnings);
		}
		wiring.outputs()
			.areaDoor()
			.ifPresent((out) -> check(out.onExpander(), out.line(), out.active(), "releases the area door",
					FieldPath.of("outputs", "area-door-release", "active"), warnings));
		return warnings;
	}

	static Level bootLevel(int line) {
		return (line <= LAST_PULLED_UP) ? Level.HIGH : Level.LOW;
	}

	private static void check(Optional<String> expander, int line, Level active, String effect, FieldPath field,
			List<RecordBinder.Problem> warnings) {
		if (expander.isPresent() || active != bootLevel(line)) {
			return;
		}
		String bias = (active == Level.HIGH) ? "pulled up" : "pulled down";
		String fix = (active == Level.HIGH) ? "use a line from BCM 9 to 27, or fit a 10 kOhm pull-down"
				: "fit a 10 kOhm pull-up to 3V3 on the relay input and set gpio=" + line + "=op,dh in config.txt";
		warnings.add(new RecordBinder.Problem(field,
				"BCM line " + line + " is " + bias + " from power-on until config.txt or the kiosk drives it, and "
						+ active.name().toLowerCase(java.util.Locale.ROOT) + " " + effect
						+ ": a booting Pi would switch it on; " + fix));
	}

}
