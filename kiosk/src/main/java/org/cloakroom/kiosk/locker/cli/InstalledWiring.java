package org.cloakroom.kiosk.locker.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

import org.cloakroom.kiosk.locker.gpio.GpiodPreflight;
import org.cloakroom.kiosk.wiring.BankWiring;
import org.cloakroom.kiosk.wiring.WiringProblem;
import org.cloakroom.kiosk.wiring.WiringReader;
import org.cloakroom.kiosk.wiring.WiringReport;

/**
 * The locker side of {@code doctor}: a kiosk's wiring file checked as {@code gpio check}
 * checks it, and its GPIO chips as the gpiod provider needs them, in words an installer
 * acts on.
 */
public final class InstalledWiring {

	/** The Pi header's I2C bus, where the wiring's expanders sit (BCM 2 and 3). */
	public static final String HEADER_I2C_BUS = "i2c-1";

	private InstalledWiring() {
	}

	/**
	 * The wiring file checked: a one-line summary when usable, else every problem with
	 * its file, line and field.
	 */
	public static Wiring check(Path file) {
		WiringReport report = WiringReader.check(file);
		List<String> warnings = report.warnings().stream().map(WiringProblem::toString).toList();
		if (!report.isUsable()) {
			return new Wiring(false, file.toString(), report.problems().stream().map(WiringProblem::toString).toList(),
					warnings, Optional.empty());
		}
		BankWiring bank = report.orThrow();
		return new Wiring(true, file + ": bank " + bank.bank() + ", " + bank.lockers().size() + " lockers on a "
				+ bank.board().name().toLowerCase(Locale.ROOT), List.of(), warnings, Optional.of(bank));
	}

	/**
	 * The GPIO chips in {@code dev}, and why {@code user} cannot open them (empty: it
	 * can), judged by {@code accessible}.
	 */
	public static Chips chips(Path dev, String user, Predicate<Path> accessible) {
		GpiodPreflight preflight = new GpiodPreflight(dev, user, System.getProperty("os.arch"), accessible, () -> true);
		return new Chips(preflight.chips().stream().map((chip) -> chip.getFileName().toString()).toList(),
				preflight.chipProblem());
	}

	/**
	 * A wiring file checked.
	 *
	 * @param usable whether the kiosk can run on it
	 * @param summary what it wires, when usable
	 * @param problems each problem as "FILE line N, field F: what"
	 * @param warnings what does not stop start-up
	 * @param bank what it wires, when usable: the doctor checks the devices it names
	 */
	public record Wiring(boolean usable, String summary, List<String> problems, List<String> warnings,
			Optional<BankWiring> bank) {
	}

	/** The GPIO chips found, and why this user cannot use them (empty: it can). */
	public record Chips(List<String> names, Optional<String> problem) {
	}

}
