package org.cloakroom.kiosk.ble.evaluation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;

import org.cloakroom.kiosk.ble.ProximityProperties;

/**
 * The shared data sets made into episodes once (fixed seeds, so runs repeat), then scored
 * with any proximity settings on either half: the tuning half chooses settings, the
 * scoring half reports them, never the same recordings.
 */
public final class Evaluation {

	/** Arrivals, and as many passers, stitched from each recording. */
	public static final int EPISODES_PER_RECORDING = 40;

	private final List<Prepared> prepared;

	private final List<String> withoutSpot;

	private Evaluation(List<Prepared> prepared, List<String> withoutSpot) {
		this.prepared = prepared;
		this.withoutSpot = withoutSpot;
	}

	/** Reads both data sets from {@code datasets} (see {@link Datasets}). */
	public static Evaluation of(Path datasets) {
		Datasets.require(datasets);
		List<Recording> recordings = new ArrayList<>(PcNgRecordings.read(datasets));
		recordings.addAll(HeraldRecordings.read(datasets));
		return of(recordings);
	}

	static Evaluation of(List<Recording> recordings) {
		List<Prepared> prepared = new ArrayList<>();
		List<String> withoutSpot = new ArrayList<>();
		for (Recording recording : recordings) {
			Stretches stretches = new Stretches(recording);
			if (!Walks.possible(stretches)) {
				continue;
			}
			SpotSample.Split spot = SpotSample.split(stretches);
			if (spot == null) {
				withoutSpot.add(recording.of().dataset() + " " + recording.source());
				continue;
			}
			Map<Calibrated, Double> spots = new EnumMap<>(Calibrated.class);
			spots.put(Calibrated.ENROLMENT, enrolment(recording, spot, recordings));
			spots.put(Calibrated.REFINED, SpotSample.refined(recording, spot));
			spots.put(Calibrated.NONE, Double.NaN);
			Random random = new Random(recording.source().hashCode());
			List<Episode> episodes = new ArrayList<>();
			for (int i = 0; i < EPISODES_PER_RECORDING; i++) {
				episodes.add(Walks.arrival(stretches, spot, random));
				episodes.add(Walks.passer(stretches, random));
			}
			prepared.add(new Prepared(recording.of(), recording.source(), recording.scoring(), spots, episodes));
		}
		return new Evaluation(prepared, List.copyOf(withoutSpot));
	}

	/**
	 * Enrolment holds the phone in the hand: pc-ng's other positions take it from the
	 * hand–hand file of the same receiving phone (and so the same pair), from
	 * calibration's part of its spot; a pair with no hand–hand file has none.
	 */
	private static double enrolment(Recording recording, SpotSample.Split own, List<Recording> all) {
		Case of = recording.of();
		if (!of.dataset().equals(PcNgRecordings.DATASET) || of.position().equals("HH")) {
			return SpotSample.enrolment(recording, own);
		}
		Optional<Recording> hand = all.stream()
			.filter((other) -> other.of().dataset().equals(of.dataset()) && other.of().position().equals("HH")
					&& other.of().receiver().equals(of.receiver()) && other.of().transmitter().equals(of.transmitter()))
			.findFirst();
		SpotSample.Split split = hand.map((other) -> SpotSample.split(new Stretches(other))).orElse(null);
		return (split != null) ? SpotSample.enrolment(hand.get(), split) : Double.NaN;
	}

	/** Scores one half with {@code rules}. */
	public EvaluationReport score(ProximityProperties rules, boolean scoringHalf) {
		return score(rules, (prepared) -> prepared.scoring() == scoringHalf, List.of(Calibrated.values()));
	}

	EvaluationReport score(ProximityProperties rules, Predicate<Prepared> which, List<Calibrated> columns) {
		EvaluationReport report = new EvaluationReport(rules);
		for (Prepared recording : this.prepared) {
			if (!which.test(recording)) {
				continue;
			}
			for (Calibrated column : columns) {
				double spot = recording.spots().get(column);
				if (column != Calibrated.NONE && Double.isNaN(spot)) {
					continue;
				}
				for (Episode episode : recording.episodes()) {
					report.add(recording.of(), column, EpisodeRun.run(episode, rules, spot));
				}
			}
		}
		return report;
	}

	/** The recordings that made episodes, with the half each is in. */
	public List<String> sources() {
		return this.prepared.stream().map((p) -> (p.scoring() ? "score " : "tune  ") + p.source()).toList();
	}

	/**
	 * The recordings with the walks' distances but no spot stretch long enough for both
	 * calibration and the arrivals' stay: not scored.
	 */
	public List<String> withoutSpot() {
		return this.withoutSpot;
	}

	record Prepared(Case of, String source, boolean scoring, Map<Calibrated, Double> spots, List<Episode> episodes) {
	}

}
