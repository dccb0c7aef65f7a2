package org.cloakroom.kiosk.ble.trace;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

import org.cloakroom.kiosk.CsvRows;
import org.cloakroom.kiosk.CsvRows.Row;
import org.cloakroom.kiosk.ble.evaluation.Datasets;

/**
 * Measures, from the shared real data sets ({@code ../shared/datasets/rssi}: pc-ng and
 * Herald), the figures the trace generator is fitted to ({@link RadioModel},
 * {@link GeneratedPhone}). Repeatable: {@code RssiDatasetFiguresTest} prints them and
 * fails when the generator's constants drift from them; run it with
 * {@code mvn -B -o -q -pl kiosk test -Dtest=RssiDatasetFiguresTest}.
 * <p>
 * Every figure is a median of stationary stretches (one recording at one distance), so a
 * few long recordings do not outweigh the rest:
 * <ul>
 * <li>{@link #levelsAt1m}: per receiving/sending phone pair, the median RSSI at 0.9–1.1 m
 * (Herald, no bodies) and at 1 m hand to hand (pc-ng HH): how loud a phone model is at 1
 * m, the spread the generator draws models from;</li>
 * <li>{@link #carryingLoss}: per pc-ng distance, the hand-to-hand median minus the
 * pocket-to-pocket (PP) or backpack-to-backpack (BB) median of the same two phones;</li>
 * <li>{@link #packetSpreadDb}: robust σ (interquartile range / 1.349) of single packets
 * around their stretch's median, hands and no bodies;</li>
 * <li>{@link #multipathSigmaDb} and {@link #risesWithinOneMetre}: Herald's 1-cm-step
 * recordings at 20–100 cm, each centimetre's median against a log-distance line fitted to
 * the recording: the residual's σ, and the share of centimetre pairs 10 cm or more apart
 * where the farther reads at least 3 dB louder;</li>
 * <li>{@link #packetsPerSecond}: per phone pair, the median over its stretches of packets
 * heard per second, hands and no bodies;</li>
 * <li>{@link #weakestHeardDbm}: the 1st percentile of every packet heard with hands or no
 * bodies: the level below which phones stop hearing.</li>
 * </ul>
 */
record RssiDatasetFigures(List<Double> levelsAt1m, Map<String, Map<Integer, Double>> carryingLoss,
		double packetSpreadDb, double multipathSigmaDb, double risesWithinOneMetre, List<Double> packetsPerSecond,
		double weakestHeardDbm) {

	/**
	 * The shared data sets, found as the evaluation harness finds them
	 * ({@link Datasets#locate()}); missing is an error naming where it looked (a test
	 * that needs them fails, never skips).
	 */
	static Path folder() {
		return Datasets.require(Datasets.locate());
	}

	static RssiDatasetFigures measure(Path folder) {
		List<Stretch> pcng = pcNg(folder.resolve("pc-ng"));
		List<Stretch> herald = herald(folder.resolve("herald-edison"));
		List<Stretch> clear = new ArrayList<>(herald);
		pcng.stream().filter((stretch) -> stretch.position.equals("HH")).forEach(clear::add);

		Map<String, List<Double>> pairs = new TreeMap<>();
		for (Stretch stretch : clear) {
			if (stretch.centimetres >= 90 && stretch.centimetres <= 110) {
				pairs.computeIfAbsent(stretch.pair, (key) -> new ArrayList<>()).addAll(stretch.rssi);
			}
		}
		List<Double> levels = pairs.values().stream().map(RssiDatasetFigures::median).sorted().toList();

		Map<String, Map<Integer, Double>> loss = new LinkedHashMap<>();
		loss.put("pocket", loss(pcng, "PP"));
		loss.put("backpack", loss(pcng, "BB"));

		List<Double> spreads = new ArrayList<>();
		Map<String, List<Double>> rates = new TreeMap<>();
		List<Double> heard = new ArrayList<>();
		for (Stretch stretch : clear) {
			if (stretch.rssi.size() >= 30) {
				spreads.add(robustSigma(stretch.rssi));
				rates.computeIfAbsent(stretch.pair, (key) -> new ArrayList<>())
					.add(stretch.rssi.size() / Math.max(1, stretch.seconds));
			}
			heard.addAll(stretch.rssi);
		}
		double[] multipath = multipath(folder.resolve("herald-edison"));
		return new RssiDatasetFigures(levels, loss, round(median(spreads)), round(multipath[0]), round(multipath[1]),
				rates.values().stream().map((pair) -> round(median(pair))).sorted().toList(), percentile(heard, 0.01));
	}

	/** One recording at one distance. */
	private record Stretch(String position, String pair, int centimetres, List<Double> rssi, double seconds) {
	}

	private static List<Stretch> pcNg(Path folder) {
		List<Stretch> stretches = new ArrayList<>();
		for (String position : List.of("HH", "HP", "HB", "PB", "PP", "BB")) {
			Map<String, List<double[]>> by = new LinkedHashMap<>();
			each(folder.resolve("RSS_human" + position + ".csv.gz"), (row) -> {
				List<String> f = row.fields();
				by.computeIfAbsent(f.get(0) + "@" + f.get(5), (key) -> new ArrayList<>())
					.add(new double[] { Double.parseDouble(f.get(1)), Double.parseDouble(f.get(2)) });
			});
			by.forEach((key, packets) -> {
				String device = key.substring(0, key.indexOf('@'));
				int centimetres = Integer.parseInt(key.substring(key.indexOf('@') + 1));
				double seconds = packets.get(packets.size() - 1)[0] - packets.get(0)[0];
				stretches.add(new Stretch(position, "pc-ng " + device, centimetres,
						packets.stream().map((packet) -> packet[1]).toList(), seconds));
			});
		}
		return stretches;
	}

	private static List<Stretch> herald(Path folder) {
		List<Stretch> stretches = new ArrayList<>();
		each(folder.resolve("metadata.csv"), (test) -> {
			List<String> f = test.fields();
			herald(folder, f.get(8), f.get(2), f.get(3), stretches);
			herald(folder, f.get(9), f.get(3), f.get(2), stretches);
		});
		return stretches;
	}

	private static void herald(Path folder, String file, String receiver, String sender, List<Stretch> out) {
		Path path = folder.resolve(file + ".gz");
		if (file.isBlank() || !Files.exists(path)) {
			return;
		}
		Map<Integer, List<Double>> rssi = new TreeMap<>();
		Map<Integer, java.util.Set<String>> seconds = new TreeMap<>();
		each(path, (row) -> {
			List<String> f = row.fields();
			int centimetres = (int) Math.round(Double.parseDouble(f.get(2)));
			rssi.computeIfAbsent(centimetres, (key) -> new ArrayList<>()).add(Double.parseDouble(f.get(1)));
			seconds.computeIfAbsent(centimetres, (key) -> new java.util.HashSet<>()).add(f.get(0));
		});
		rssi.forEach((centimetres, values) -> out.add(new Stretch("herald", "herald " + receiver + "<" + sender,
				centimetres, values, seconds.get(centimetres).size())));
	}

	/**
	 * Per distance, the mean over pc-ng's two phones of HH's median minus this
	 * position's.
	 */
	private static Map<Integer, Double> loss(List<Stretch> pcng, String position) {
		Map<Integer, List<Double>> differences = new TreeMap<>();
		for (Stretch carried : pcng) {
			if (!carried.position.equals(position)) {
				continue;
			}
			pcng.stream()
				.filter((hand) -> hand.position.equals("HH") && hand.pair.equals(carried.pair)
						&& hand.centimetres == carried.centimetres)
				.forEach((hand) -> differences.computeIfAbsent(carried.centimetres, (key) -> new ArrayList<>())
					.add(median(hand.rssi) - median(carried.rssi)));
		}
		Map<Integer, Double> loss = new TreeMap<>();
		differences.forEach((centimetres, values) -> loss.put(centimetres,
				round(values.stream().mapToDouble(Double::doubleValue).average().orElseThrow())));
		return loss;
	}

	/** {σ of the residual from a log-distance line, share of ≥3 dB rises 10 cm on}. */
	private static double[] multipath(Path folder) {
		List<Double> residuals = new ArrayList<>();
		long pairs = 0;
		long rises = 0;
		for (String file : List.of("20210305-0958-A.csv", "20210305-0958-B.csv", "20210309-1437-A.csv",
				"20210309-1437-B.csv", "20210311-0901-A.csv", "20210311-0901-B.csv", "20210312-1049-A.csv",
				"20210312-1049-B.csv", "20210313-1005-A.csv", "20210313-1005-B.csv")) {
			List<Stretch> stretches = new ArrayList<>();
			herald(folder, file, "", "", stretches);
			List<double[]> points = stretches.stream()
				.filter((s) -> s.centimetres >= 20 && s.centimetres <= 100 && s.rssi.size() >= 5)
				.map((s) -> new double[] { s.centimetres, median(s.rssi) })
				.toList();
			double[] line = fit(points);
			for (double[] point : points) {
				residuals.add(point[1] - (line[0] + line[1] * Math.log10(point[0] / 100)));
			}
			for (double[] near : points) {
				for (double[] far : points) {
					if (far[0] - near[0] >= 10) {
						pairs++;
						rises += (far[1] >= near[1] + 3) ? 1 : 0;
					}
				}
			}
		}
		double mean = residuals.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
		double variance = residuals.stream().mapToDouble((r) -> (r - mean) * (r - mean)).average().orElseThrow();
		return new double[] { Math.sqrt(variance), (double) rises / pairs };
	}

	/** Least squares of rssi on log10(cm / 100): {level at 1 m, slope}. */
	private static double[] fit(List<double[]> points) {
		double n = points.size();
		double sx = 0;
		double sy = 0;
		double sxx = 0;
		double sxy = 0;
		for (double[] point : points) {
			double x = Math.log10(point[0] / 100);
			sx += x;
			sy += point[1];
			sxx += x * x;
			sxy += x * point[1];
		}
		double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
		return new double[] { (sy - slope * sx) / n, slope };
	}

	private static void each(Path file, Consumer<Row> action) {
		try (Reader reader = new InputStreamReader(file.toString().endsWith(".gz")
				? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file),
				StandardCharsets.UTF_8)) {
			boolean[] header = { true };
			CsvRows.each(reader, (row) -> {
				if (header[0]) {
					header[0] = false;
				}
				else if (row.fields().size() > 1) {
					action.accept(row);
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file + ": " + ex.getMessage(), ex);
		}
	}

	static double median(List<Double> values) {
		return percentile(values, 0.5);
	}

	private static double percentile(List<Double> values, double share) {
		double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		double at = share * (sorted.length - 1);
		int below = (int) Math.floor(at);
		int above = Math.min(sorted.length - 1, below + 1);
		return sorted[below] + (at - below) * (sorted[above] - sorted[below]);
	}

	private static double robustSigma(List<Double> values) {
		return (percentile(values, 0.75) - percentile(values, 0.25)) / 1.349;
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder();
		text.append("levels at 1 m (dBm, per phone pair): ").append(levelsAt1m).append('\n');
		text.append(String.format("  spread %.1f dB, from %.1f to %.1f%n",
				this.levelsAt1m.get(this.levelsAt1m.size() - 1) - this.levelsAt1m.get(0), this.levelsAt1m.get(0),
				this.levelsAt1m.get(this.levelsAt1m.size() - 1)));
		this.carryingLoss.forEach((position, loss) -> text.append("carrying loss, ")
			.append(position)
			.append(" (dB by cm): ")
			.append(loss)
			.append('\n'));
		text.append("per-packet spread (robust sigma, dB): ").append(this.packetSpreadDb).append('\n');
		text.append("multipath within 1 m: residual sigma ")
			.append(this.multipathSigmaDb)
			.append(" dB, farther louder by >= 3 dB in ")
			.append(Math.round(this.risesWithinOneMetre * 1000) / 10.0)
			.append("% of pairs 10 cm apart or more\n");
		text.append("packets per second per stretch: ").append(this.packetsPerSecond).append('\n');
		text.append("weakest heard (1st percentile, dBm): ").append(this.weakestHeardDbm);
		return text.toString();
	}

}
