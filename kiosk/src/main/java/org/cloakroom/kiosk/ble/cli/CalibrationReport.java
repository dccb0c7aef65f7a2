package org.cloakroom.kiosk.ble.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.cloakroom.kiosk.ble.BleProperties.Placement;
import org.cloakroom.kiosk.ble.cli.CalibrationSpot.Level;

/**
 * What {@code ble calibrate} tells the installer once the spots are recorded: a row per
 * adapter (placement, packets, median, spread, offset), a warning where another adapter
 * heard an adapter's own spot louder, the levels at the spots that belong to no adapter,
 * and the file written.
 */
final class CalibrationReport {

	private CalibrationReport() {
	}

	static void print(PrintWriter out, Map<String, Placement> placements, Map<String, Double> offsets,
			List<CalibrationSpot> spots, Path written) {
		out.printf("%-10s  %-8s  %7s  %8s  %7s  %7s%n", "ADAPTER", "PLACED", "PACKETS", "MEDIAN", "SPREAD", "OFFSET");
		for (CalibrationSpot spot : spots) {
			if (spot.adapter() == null) {
				continue;
			}
			Level level = spot.levels().get(spot.adapter());
			out.printf(Locale.ROOT, "%-10s  %-8s  %7d  %8.1f  %7.1f  %+7.1f%n", spot.adapter(),
					placements.get(spot.adapter()).name().toLowerCase(Locale.ROOT), level.packets(), level.medianDbm(),
					level.spreadDb(), offsets.get(spot.adapter()));
			louderElsewhere(spot, level).ifPresent(out::println);
		}
		spots.stream()
			.filter((spot) -> spot.adapter() == null)
			.forEach((spot) -> out.printf("At %s: %s%n", spot.name(), AdapterCalibrationFile.describe(spot.levels())));
		out.printf("Wrote %s: restart the kiosk to use it.%n", written);
	}

	/** A warning when another adapter heard an adapter's spot louder: names swapped? */
	private static Optional<String> louderElsewhere(CalibrationSpot spot, Level own) {
		return spot.levels()
			.entrySet()
			.stream()
			.filter((other) -> !other.getKey().equals(spot.adapter()) && other.getValue().medianDbm() > own.medianDbm())
			.findFirst()
			.map((other) -> String.format(Locale.ROOT,
					"  warning: %s heard %s louder (%.1f dBm) than %s did: are the adapters' names or the spot right?",
					other.getKey(), spot.name(), other.getValue().medianDbm(), spot.adapter()));
	}

}
