package org.cloakroom.kiosk.ble.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cloakroom.kiosk.ble.ProximityProperties;
import org.cloakroom.kiosk.ble.SpotProperties;
import org.cloakroom.kiosk.ble.evaluation.Datasets;
import org.cloakroom.kiosk.ble.evaluation.Evaluation;
import org.cloakroom.kiosk.ble.evaluation.HeraldRecordings;
import org.cloakroom.kiosk.ble.evaluation.PcNgRecordings;
import org.cloakroom.kiosk.ble.evaluation.Recording;
import org.cloakroom.kiosk.ble.evaluation.Tuning;
import org.cloakroom.kiosk.ble.trace.TraceWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ble evaluate}: scores proximity on the shared real data sets (pc-ng, Herald):
 * arrivals and passers stitched from their packets, per data set, body position and model
 * pair, beside the best single threshold in hindsight. {@code --tune} chooses the spot
 * settings on the tuning half instead; {@code --write-traces} writes the converted,
 * labelled traces.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
		description = "Score proximity on the real data sets (Markdown tables), or tune it on their other half.")
final class EvaluateCommand implements Runnable {

	@Spec
	private CommandSpec spec;

	@Option(names = "--datasets", paramLabel = "<folder>",
			description = "The data sets (default: -Dcloakroom.datasets, else <repository>/../shared/datasets/rssi).")
	private Path datasets;

	@Option(names = "--half", paramLabel = "scoring|tuning", defaultValue = "scoring",
			description = "Which half to score (default: ${DEFAULT-VALUE}).")
	private String half;

	@Option(names = "--tune", description = "Choose spot settings on the tuning half and print them.")
	private boolean tune;

	@Option(names = "--at-door-within-db", paramLabel = "<dB>",
			description = "cloakroom.ble.proximity.spot.at-door-within-db (default: the kiosk's).")
	private Double atDoorWithinDb;

	@Option(names = "--at-door-dwell", paramLabel = "<duration>",
			description = "cloakroom.ble.proximity.spot.at-door-dwell, e.g. 1s or 750ms (default: the kiosk's).")
	private String atDoorDwell;

	@Option(names = "--write-traces", paramLabel = "<folder>",
			description = "Write each recording as a labelled trace (<data set>-<source>.jsonl) and stop.")
	private Path traces;

	@Override
	public void run() {
		boolean scoring = switch (this.half) {
			case "scoring" -> true;
			case "tuning" -> false;
			default -> throw new ParameterException(this.spec.commandLine(),
					"--half must be scoring or tuning, got '" + this.half + "'");
		};
		ProximityProperties rules = rules();
		Path folder = (this.datasets != null) ? this.datasets : Datasets.locate();
		PrintWriter out = this.spec.commandLine().getOut();
		try {
			Datasets.require(folder);
		}
		catch (IllegalStateException ex) {
			throw new ParameterException(this.spec.commandLine(), ex.getMessage());
		}
		if (this.traces != null) {
			writeTraces(folder, out);
			return;
		}
		Evaluation evaluation = Evaluation.of(folder);
		if (this.tune) {
			Tuning.Tried chosen = Tuning.choose(evaluation, rules);
			out.printf(Locale.ROOT,
					"tuning half (hand): at-door-within-db=%s at-door-dwell=%s: arrivals in 3 s %.1f%%, passers at"
							+ " door %.1f%%%n",
					chosen.spot().atDoorWithinDb(), chosen.spot().atDoorDwell(), chosen.arrivalsInTime() * 100,
					chosen.passersAtDoor() * 100);
			return;
		}
		out.println("data sets: " + folder + " (" + this.half + " half)");
		if (!evaluation.withoutSpot().isEmpty()) {
			out.println("not scored, no spot stretch long enough for calibration and the stay: "
					+ String.join(", ", evaluation.withoutSpot()));
		}
		evaluation.score(rules, scoring).print(out);
		out.flush();
	}

	private ProximityProperties rules() {
		ProximityProperties defaults = ProximityProperties.defaults();
		SpotProperties spot = defaults.spot();
		try {
			return defaults.withSpot(
					new SpotProperties((this.atDoorWithinDb != null) ? this.atDoorWithinDb : spot.atDoorWithinDb(),
							(this.atDoorDwell != null) ? duration(this.atDoorDwell) : spot.atDoorDwell(),
							spot.uncalibratedTrust()));
		}
		catch (IllegalArgumentException ex) {
			throw new ParameterException(this.spec.commandLine(), ex.getMessage());
		}
	}

	private Duration duration(String text) {
		String lower = text.strip().toLowerCase(Locale.ROOT);
		try {
			if (lower.endsWith("ms")) {
				return Duration.ofMillis(Long.parseLong(lower.substring(0, lower.length() - 2)));
			}
			if (lower.endsWith("s")) {
				return Duration.ofMillis(Math.round(Double.parseDouble(lower.substring(0, lower.length() - 1)) * 1000));
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		throw new ParameterException(this.spec.commandLine(),
				"--at-door-dwell must be a duration such as 1s or 750ms, got '" + text + "'");
	}

	private void writeTraces(Path folder, PrintWriter out) {
		List<Recording> recordings = new ArrayList<>(PcNgRecordings.read(folder));
		recordings.addAll(HeraldRecordings.read(folder));
		try {
			Files.createDirectories(this.traces);
		}
		catch (IOException ex) {
			throw new ParameterException(this.spec.commandLine(), "Cannot create " + this.traces + ": " + ex);
		}
		for (Recording recording : recordings) {
			String name = (recording.of().dataset() + "-" + recording.source()).replaceAll("[^A-Za-z0-9._-]+", "_")
					+ ".jsonl";
			try (TraceWriter writer = new TraceWriter(this.traces.resolve(name), false)) {
				recording.traceEntries().forEach((entry) -> writer.write(entry.advertisement(), entry.label()));
			}
			out.println(this.traces.resolve(name) + ": " + recording.size() + " packets");
		}
	}

}
