package org.cloakroom.kiosk.ble.evaluation;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.cloakroom.kiosk.ble.ProximityProperties;

/**
 * Scores per data set, body position and model pair, per calibration column; the best
 * single threshold in hindsight on each data set beside ours.
 */
public final class EvaluationReport {

	private final ProximityProperties rules;

	private final Map<String, Score> byPair = new TreeMap<>();

	private final Map<String, Score> byPosition = new TreeMap<>();

	private final Map<String, Score> byDataset = new TreeMap<>();

	/** Per data set, every outcome of the column that stands for ours there. */
	private final Map<String, List<Outcome>> baselineOutcomes = new TreeMap<>();

	private final Map<String, Score> primary = new TreeMap<>();

	EvaluationReport(ProximityProperties rules) {
		this.rules = rules;
	}

	void add(Case of, Calibrated column, Outcome outcome) {
		this.byPair.computeIfAbsent(key(of.dataset(), of.position(), of.pair(), column), (k) -> new Score())
			.add(outcome);
		this.byPosition.computeIfAbsent(key(of.dataset(), of.position(), "", column), (k) -> new Score()).add(outcome);
		this.byDataset.computeIfAbsent(key(of.dataset(), "", "", column), (k) -> new Score()).add(outcome);
		if (column == Calibrated.NONE) {
			// the baseline decides on raw levels, whichever calibration ours had
			this.baselineOutcomes.computeIfAbsent(of.dataset(), (k) -> new ArrayList<>()).add(outcome);
		}
	}

	private static String key(String dataset, String position, String pair, Calibrated column) {
		return dataset + "|" + position + "|" + pair + "|" + column.name();
	}

	/** The figures of one data set, position (or all: null) and column. */
	public Score score(String dataset, String position, Calibrated column) {
		String key = key(dataset, (position == null) ? "" : position, "", column);
		Score score = ((position == null) ? this.byDataset : this.byPosition).get(key);
		return (score != null) ? score : new Score();
	}

	/**
	 * Ours on a data set: the enrolment column where a pair has one, else the refined one
	 * (pc-ng's HB and PB pairs have no hand file).
	 */
	public Score ours(String dataset) {
		Score ours = new Score();
		this.byPosition.forEach((key, score) -> {
			String[] parts = key.split("\\|", -1);
			if (!parts[0].equals(dataset)) {
				return;
			}
			Calibrated column = Calibrated.valueOf(parts[3]);
			boolean hasEnrolment = this.byPosition.containsKey(key(parts[0], parts[1], "", Calibrated.ENROLMENT));
			if (column == (hasEnrolment ? Calibrated.ENROLMENT : Calibrated.REFINED)) {
				ours.addAll(score);
			}
		});
		return ours;
	}

	/** The best single threshold in hindsight on the 2-s median of one data set. */
	public Baseline baseline(String dataset) {
		List<Outcome> outcomes = this.baselineOutcomes.getOrDefault(dataset, List.of());
		Baseline best = null;
		for (int threshold = -110; threshold <= -30; threshold++) {
			int arrivals = 0;
			int inTime = 0;
			int passers = 0;
			int atDoor = 0;
			for (Outcome outcome : outcomes) {
				boolean over = outcome.baselinePeak() >= threshold;
				if (outcome.arrival()) {
					arrivals++;
					inTime += over ? 1 : 0;
				}
				else {
					passers++;
					atDoor += over ? 1 : 0;
				}
			}
			Baseline candidate = new Baseline(threshold, (double) inTime / Math.max(1, arrivals),
					(double) atDoor / Math.max(1, passers));
			if (best == null || candidate.youden() > best.youden()) {
				best = candidate;
			}
		}
		return best;
	}

	/**
	 * @param thresholdDbm AT_DOOR when the 2-s median reaches it
	 */
	public record Baseline(int thresholdDbm, double arrivalsInTime, double passersAtDoor) {

		public double youden() {
			return this.arrivalsInTime - this.passersAtDoor;
		}

	}

	public List<String> datasets() {
		return List.copyOf(this.baselineOutcomes.keySet());
	}

	public void print(PrintWriter out) {
		out.printf(Locale.ROOT, "settings: spot.at-door-within-db=%s spot.at-door-dwell=%s window=%s%n",
				this.rules.spot().atDoorWithinDb(), this.rules.spot().atDoorDwell(), this.rules.window());
		out.println("| data set | position | receiver<-transmitter | calibration | arrivals in 3 s | passers at door"
				+ " | median time to AT_DOOR | heard at badge | placed at badge | arrivals/passers |");
		out.println("|---|---|---|---|---|---|---|---|---|---|");
		Map<String, Score> rows = new LinkedHashMap<>();
		this.byPosition.forEach(rows::put);
		this.byPair.forEach(rows::put);
		new TreeMap<>(rows).forEach((key, score) -> {
			String[] parts = key.split("\\|", -1);
			out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %d/%d |%n", parts[0], parts[1],
					parts[2].isEmpty() ? "(all)" : parts[2], Calibrated.valueOf(parts[3]).label(),
					percent(score.arrivalsInTime()), percent(score.passersAtDoor()),
					seconds(score.medianRecogniseSeconds()), percent(score.heardAtBadge()),
					percent(score.placedAtBadge()), score.arrivals(), score.passers());
		});
		out.println();
		out.println("| data set | ours: arrivals / passers | best threshold in hindsight (2-s median, raw)"
				+ " | its arrivals / passers | ours/baseline (J = arrivals - passers) |");
		out.println("|---|---|---|---|---|");
		for (String dataset : datasets()) {
			Score ours = ours(dataset);
			Baseline baseline = baseline(dataset);
			out.printf(Locale.ROOT, "| %s | %s / %s | %d dBm | %s / %s | %.2f |%n", dataset,
					percent(ours.arrivalsInTime()), percent(ours.passersAtDoor()), baseline.thresholdDbm(),
					percent(baseline.arrivalsInTime()), percent(baseline.passersAtDoor()),
					ours.youden() / baseline.youden());
		}
	}

	private static String percent(double rate) {
		return Double.isNaN(rate) ? "-" : String.format(Locale.ROOT, "%.1f%%", rate * 100);
	}

	private static String seconds(double seconds) {
		return Double.isNaN(seconds) ? "-" : String.format(Locale.ROOT, "%.1f s", seconds);
	}

}
