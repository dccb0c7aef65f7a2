package org.cloakroom.kiosk.ble.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.cloakroom.kiosk.ble.BleProperties.Placement;
import org.cloakroom.kiosk.ble.cli.CalibrationSpot.Level;

/**
 * The properties file {@code ble calibrate} writes and the kiosk imports
 * ({@code spring.config.import} of {@code cloakroom.ble.adapter-calibration-file}): each
 * adapter's placement and offset, after comments saying when, against what and from how
 * many packets.
 */
final class AdapterCalibrationFile {

	private AdapterCalibrationFile() {
	}

	/**
	 * The file's text.
	 * @param offsets per adapter, dB louder than the reference adapter
	 */
	static String text(Instant when, String reference, int referencePowerDbm, int seconds,
			Map<String, Placement> placements, Map<String, Double> offsets, List<CalibrationSpot> spots) {
		StringBuilder text = new StringBuilder();
		text.append("# Adapter calibration written by `ble calibrate` at ").append(when).append('\n');
		text.append("# Reference device: ")
			.append(reference)
			.append("; reference level ")
			.append(referencePowerDbm)
			.append(" dBm at 1 m; ")
			.append(seconds)
			.append(" s per spot.\n");
		text.append("# offset = the adapter's median 1 m in front of it - the reference level;")
			.append(" the kiosk reads rssi - offset.\n");
		for (CalibrationSpot spot : spots) {
			text.append("# ").append(spot.name()).append(": ").append(describe(spot.levels())).append('\n');
		}
		placements.forEach((adapter, placement) -> {
			text.append("cloakroom.ble.adapters.")
				.append(adapter)
				.append('=')
				.append(placement.name().toLowerCase(Locale.ROOT))
				.append('\n');
			text.append("cloakroom.ble.adapter-offsets.")
				.append(adapter)
				.append('=')
				.append(String.format(Locale.ROOT, "%.1f", offsets.get(adapter)))
				.append('\n');
		});
		return text.toString();
	}

	static String describe(Map<String, Level> levels) {
		if (levels.isEmpty()) {
			return "nothing heard";
		}
		return levels.entrySet()
			.stream()
			.map((entry) -> String.format(Locale.ROOT, "%s %d packets, median %.1f dBm, spread %.1f dB", entry.getKey(),
					entry.getValue().packets(), entry.getValue().medianDbm(), entry.getValue().spreadDb()))
			.collect(Collectors.joining("; "));
	}

	/** Writes {@code text} to {@code file} through a temporary file beside it. */
	static void write(Path file, String text) {
		Path folder = file.toAbsolutePath().getParent();
		try {
			Path temporary = Files.createTempFile(folder, ".adapters", ".tmp");
			Files.writeString(temporary, text, StandardCharsets.ISO_8859_1);
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the adapter calibration " + file + ": " + ex.getMessage(), ex);
		}
	}

}
