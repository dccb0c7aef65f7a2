package org.cloakroom.kiosk.ble.evaluation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Herald ({@code herald-edison/}, the Herald project's reference data): two phones on a
 * robot-driven rig, no bodies, stationary for minutes at each distance. Each
 * {@code YYYYMMDD-HHMM-{A,B}.csv.gz} holds what one phone received ({@code time} to the
 * second, {@code rssi} written as a decimal, {@code distance} in cm);
 * {@code metadata.csv} says which phones a test used ({@code phoneaname},
 * {@code phonebname}; file A is what phone A received) and {@code phones.csv} their
 * models. Packets within one second are spread evenly over it, in their order.
 * <p>
 * Halves: odd test ids tune, even ones score.
 */
public final class HeraldRecordings {

	static final String FOLDER = "herald-edison";

	static final String DATASET = "Herald";

	/** No body in the path: the phones sit on the rig. */
	static final String POSITION = "rig";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private HeraldRecordings() {
	}

	public static List<Recording> read(Path datasets) {
		Path folder = datasets.resolve(FOLDER);
		Map<String, String> models = new HashMap<>();
		CsvTable.each(folder.resolve("phones.csv"), (line) -> models.put(line.text("name"), line.text("model")));
		List<Recording> recordings = new ArrayList<>();
		CsvTable.each(folder.resolve("metadata.csv"), (line) -> {
			int test = (int) line.number("testid");
			String a = model(models, line.text("phoneaname"), line.line());
			String b = model(models, line.text("phonebname"), line.line());
			boolean scoring = test % 2 == 0;
			add(recordings, folder, line.text("filenamephonea"), new Case(DATASET, POSITION, a, b), scoring);
			add(recordings, folder, line.text("filenamephoneb"), new Case(DATASET, POSITION, b, a), scoring);
		});
		return recordings;
	}

	private static String model(Map<String, String> models, String name, int line) {
		String model = models.get(name);
		if (model == null) {
			throw new IllegalArgumentException(
					"herald-edison/metadata.csv line " + line + " names phone '" + name + "', not in phones.csv");
		}
		return model;
	}

	/** A test's file, where the data set has it (some tests lost one side). */
	private static void add(List<Recording> recordings, Path folder, String name, Case of, boolean scoring) {
		if (name.isBlank()) {
			return;
		}
		Path file = folder.resolve(name + ".gz");
		if (!Files.exists(file)) {
			return;
		}
		recordings.add(read(file, of, scoring));
	}

	static Recording read(Path file, Case of, boolean scoring) {
		RecordingBuilder packets = new RecordingBuilder();
		String[] lastText = { null };
		long[] lastSecond = { 0 };
		CsvTable.each(file, (line) -> {
			String text = line.text("time");
			if (!text.equals(lastText[0])) {
				try {
					lastSecond[0] = LocalDateTime.parse(text, TIME).toEpochSecond(ZoneOffset.UTC) * 1000;
				}
				catch (RuntimeException ex) {
					throw new IllegalArgumentException(file + " line " + line.line() + ", column 'time': '" + text
							+ "' is not yyyy-MM-dd HH:mm:ss", ex);
				}
				lastText[0] = text;
			}
			packets.add(lastSecond[0], (int) Math.round(line.number("rssi")),
					(int) Math.round(line.number("distance")));
		});
		spreadWithinSeconds(packets);
		return packets.build(of, file.getFileName().toString(), scoring);
	}

	/** The k-th of n packets stamped with the same second gets (k + ½) / n of it. */
	private static void spreadWithinSeconds(RecordingBuilder packets) {
		int start = 0;
		while (start < packets.size()) {
			int end = start;
			while (end < packets.size() && packets.time(end) == packets.time(start)) {
				end++;
			}
			int n = end - start;
			long second = packets.time(start);
			for (int k = 0; k < n; k++) {
				packets.setTime(start + k, second + (2 * k + 1) * 1000L / (2L * n));
			}
			start = end;
		}
	}

}
