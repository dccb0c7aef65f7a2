package org.cloakroom.kiosk.ble.evaluation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * pc-ng ({@code pc-ng/RSS_human<XY>.csv.gz}, Ng, Spachos and Plataniotis 2021): two
 * people stand still, each with a phone, about 100 s per distance; each file holds what
 * both phones received ({@code device} is the receiver, the other phone the transmitter),
 * {@code elapsed} in seconds, {@code rss} in dBm and {@code dist} in cm. The position
 * code is receiver then transmitter for the file's first-named receiver as the authors
 * name it; in HP, HB and PB the two phones are in different positions, so the evaluation
 * keeps the file's code and names both phones.
 * <p>
 * Halves: what {@link #TUNING_RECEIVERS} received tunes, the other phone of each pair
 * scores.
 */
public final class PcNgRecordings {

	static final String FOLDER = "pc-ng";

	static final String DATASET = "pc-ng";

	/** Body positions, as the files name them. */
	public static final List<String> POSITIONS = List.of("HH", "HP", "HB", "PB", "PP", "BB");

	/** The receivers whose recordings tune; the others' score. */
	static final Set<String> TUNING_RECEIVERS = Set.of("gryphonelab", "ASUS_Z00AD");

	/** pc-ng's phones report about ten packets a second. */
	static final long NOMINAL_GAP_MILLIS = 100;

	static final long MAX_TIE_SPAN_MILLIS = 200_000;

	private PcNgRecordings() {
	}

	public static List<Recording> read(Path datasets) {
		List<Recording> recordings = new ArrayList<>();
		for (String position : POSITIONS) {
			recordings.addAll(read(datasets.resolve(FOLDER).resolve("RSS_human" + position + ".csv.gz"), position));
		}
		return recordings;
	}

	/**
	 * Some stretches stamp {@code elapsed} to the 100 s (HTC One M9 in PP and BB):
	 * packets with one time are spread evenly up to the next time (the last ones 100 ms
	 * apart), keeping their order.
	 */
	private static void spreadTies(RecordingBuilder packets) {
		int start = 0;
		while (start < packets.size()) {
			int end = start;
			while (end < packets.size() && packets.time(end) == packets.time(start)) {
				end++;
			}
			int n = end - start;
			long time = packets.time(start);
			long next = (end < packets.size()) ? packets.time(end) : Long.MIN_VALUE;
			long span = (next > time && next - time <= MAX_TIE_SPAN_MILLIS) ? next - time : n * NOMINAL_GAP_MILLIS;
			for (int k = 1; k < n; k++) {
				packets.setTime(start + k, time + k * span / n);
			}
			start = end;
		}
	}

	static List<Recording> read(Path file, String position) {
		Map<String, RecordingBuilder> byReceiver = new LinkedHashMap<>();
		CsvTable.each(file, (line) -> {
			String receiver = line.text("device");
			long time = Math.round(line.number("elapsed") * 1000);
			int rssi = (int) Math.round(line.number("rss"));
			int distance = (int) Math.round(line.number("dist"));
			byReceiver.computeIfAbsent(receiver, (name) -> new RecordingBuilder()).add(time, rssi, distance);
		});
		if (byReceiver.size() != 2) {
			throw new IllegalArgumentException(
					file + " should hold two receiving phones, it holds " + byReceiver.keySet());
		}
		List<String> phones = List.copyOf(byReceiver.keySet());
		List<Recording> recordings = new ArrayList<>();
		byReceiver.forEach((receiver, packets) -> {
			String transmitter = phones.get(phones.get(0).equals(receiver) ? 1 : 0);
			Case of = new Case(DATASET, position, receiver, transmitter);
			spreadTies(packets);
			recordings.add(packets.build(of, file.getFileName() + " (" + receiver + ")",
					!TUNING_RECEIVERS.contains(receiver)));
		});
		return recordings;
	}

}
