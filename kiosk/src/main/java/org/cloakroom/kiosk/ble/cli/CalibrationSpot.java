package org.cloakroom.kiosk.ble.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One marked spot of {@code ble calibrate} and what each adapter heard of the reference
 * device there; adapters' transports add to it from their own threads.
 */
final class CalibrationSpot {

	private final String name;

	private final String adapter;

	private final Map<String, List<Integer>> heard = new LinkedHashMap<>();

	private CalibrationSpot(String name, String adapter) {
		this.name = name;
		this.adapter = adapter;
	}

	/**
	 * How the installer reads it: {@code 1 m in front of hci0}, {@code the kiosk's spot}.
	 */
	String name() {
		return this.name;
	}

	/**
	 * The adapter this spot calibrates, or {@code null} for the kiosk's spot (its levels
	 * are reported, not used).
	 */
	String adapter() {
		return this.adapter;
	}

	static CalibrationSpot inFrontOf(String adapter) {
		return new CalibrationSpot("1 m in front of " + adapter, adapter);
	}

	static CalibrationSpot kiosk() {
		return new CalibrationSpot("the kiosk's spot", null);
	}

	synchronized void heard(String adapter, int rssi) {
		this.heard.computeIfAbsent(adapter, (key) -> new ArrayList<>()).add(rssi);
	}

	synchronized int packets(String adapter) {
		return this.heard.getOrDefault(adapter, List.of()).size();
	}

	/** Per adapter heard, its packets, median and spread. */
	synchronized Map<String, Level> levels() {
		Map<String, Level> levels = new LinkedHashMap<>();
		this.heard.forEach((adapter, rssi) -> levels.put(adapter, Level.of(rssi)));
		return levels;
	}

	/**
	 * What one adapter heard at a spot.
	 *
	 * @param packets how many packets
	 * @param medianDbm their median
	 * @param spreadDb their interquartile range (the middle half lies within it)
	 */
	record Level(int packets, double medianDbm, double spreadDb) {

		static Level of(List<Integer> rssi) {
			int[] sorted = rssi.stream().mapToInt(Integer::intValue).sorted().toArray();
			return new Level(sorted.length, quantile(sorted, 0.5), quantile(sorted, 0.75) - quantile(sorted, 0.25));
		}

		private static double quantile(int[] sorted, double share) {
			double at = share * (sorted.length - 1);
			int below = (int) Math.floor(at);
			int above = Math.min(sorted.length - 1, below + 1);
			return sorted[below] + (at - below) * (sorted[above] - sorted[below]);
		}

	}

}
