package org.cloakroom.kiosk.ble.trace;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cloakroom.kiosk.ble.ProximityProperties;
import org.cloakroom.kiosk.ble.Zone;
import org.cloakroom.kiosk.ble.identity.Resolution.EnrolledPhone;
import org.cloakroom.kiosk.ble.proximity.ProximityTracker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The proximity classifier, with its default configuration and the generator's three
 * adapters (door, lockers, inside; no adapter calibration), on generated traces fitted to
 * the shared real data ({@link Population}: measured phone models 38 dB apart, carried in
 * the hand, a pocket or a backpack), with a fixed seed, over hundreds of people each.
 * <p>
 * The figures are what the classifier reaches, not what the issue aims at: absolute
 * levels cannot place a phone whose model is 25 dB quieter than the reference, or that
 * sits in a pocket, so most arrivals are missed. {@link #EXPECTED} is the one table to
 * update when the proximity code changes (the bounds sit a few people either side of the
 * measured figures, so a change either way shows).
 */
class ProximityEvaluationTest {

	private static final long SEED = 20261122;

	private static final int PEOPLE = 600;

	private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");

	/**
	 * Per carrying position: at least this share of arrivals is placed AT_DOOR within 3 s
	 * of reaching 1 m, and at most this share of corridor passers (2–4 m) is ever placed
	 * AT_DOOR. Measured with seed {@value #SEED}, {@value #PEOPLE} people each.
	 */
	// @formatter:off
	static final Map<Carrying, Bounds> EXPECTED = Map.of(
			//                       arrivals ≥  passers ≤     measured (arrivals, passers)
			Carrying.HAND,     new Bounds(0.43,  0.065), //  267 (44.5%), 35 (5.8%)
			Carrying.POCKET,   new Bounds(0.015, 0.005), //   11 (1.8%),   0
			Carrying.BACKPACK, new Bounds(0.005, 0.005)); //   5 (0.8%),   1 (0.2%)
	// @formatter:on

	record Bounds(double arrivalsAtLeast, double passersAtMost) {
	}

	@ParameterizedTest
	@EnumSource(Carrying.class)
	void placesArrivalsAtTheDoorWithinThreeSecondsOfReachingOneMetreAsExpected(Carrying carrying) {
		Outcome outcome = play(Scenario.ARRIVAL, carrying);
		long detected = outcome.trace.people()
			.stream()
			.filter((person) -> outcome.firstAt(person, Zone.AT_DOOR) != null
					&& !outcome.firstAt(person, Zone.AT_DOOR).isAfter(person.withinOneMetre().plusSeconds(3)))
			.count();
		report(carrying, "arrivals detected AT_DOOR within 3 s of 1 m", detected);
		assertThat(detected)
			.isGreaterThanOrEqualTo((long) Math.ceil(PEOPLE * EXPECTED.get(carrying).arrivalsAtLeast()));
	}

	@ParameterizedTest
	@EnumSource(Carrying.class)
	void placesCorridorPassersAtTheDoorNoMoreThanExpected(Carrying carrying) {
		Outcome outcome = play(Scenario.CORRIDOR, carrying);
		long atDoor = outcome.trace.people()
			.stream()
			.filter((person) -> outcome.firstAt(person, Zone.AT_DOOR) != null)
			.count();
		report(carrying, "corridor passers (2-4 m) ever AT_DOOR", atDoor);
		assertThat(atDoor).isLessThanOrEqualTo((long) Math.floor(PEOPLE * EXPECTED.get(carrying).passersAtMost()));
	}

	@Test
	void generatesEveryPhoneInTheCarryingPositionAskedFor() {
		GeneratedTrace trace = new TraceGenerator(SEED, Population.IN_THE_HAND.carriedIn(Carrying.POCKET))
			.generate(Scenario.ARRIVAL, 50, T0);
		assertThat(trace.people()).extracting(GeneratedPerson::carrying).containsOnly(Carrying.POCKET);
	}

	@Test
	void keepsTheZoneOfAQuietPhoneForFadeAfterThenPlacesItAway() {
		GeneratedTrace trace = new TraceGenerator(SEED).generate(Scenario.QUIET, 200, T0);
		Map<String, List<String>> moves = new HashMap<>();
		ProximityTracker tracker = new ProximityTracker(ProximityProperties.defaults(), TraceGenerator.DOOR,
				TraceGenerator.INSIDE);
		TracePlayer player = new TracePlayer(tracker,
				(entry, fields) -> new EnrolledPhone(Long.parseLong(entry.label().device().substring(1))),
				(subject, from, to, rssi, confidence, at) -> moves
					.computeIfAbsent("p" + ((EnrolledPhone) subject).phoneId(), (key) -> new ArrayList<>())
					.add(to + "@" + at));
		Map<String, Instant> lastHeard = new HashMap<>();
		for (TraceEntry entry : trace.entries()) {
			player.play(entry);
			lastHeard.put(entry.label().device(), entry.advertisement().time());
		}
		player.finish(trace.people().get(199).end().plus(Duration.ofMinutes(1)));
		// fading is checked on the scheduler's 200 ms steps, so AWAY comes up to 200 ms
		// after fade-after has passed since the last packet; a change that was dwelling
		// while packets were still in the 1.5 s window may be accepted within 1 s of
		// dwell
		long faded = trace.people().stream().filter((person) -> {
			Instant last = lastHeard.get(person.device());
			List<String> seen = moves.getOrDefault(person.device(), List.of());
			List<Instant> after = seen.stream()
				.map((move) -> Instant.parse(move.substring(move.indexOf('@') + 1)))
				.filter(last.plusMillis(2800)::isBefore)
				.toList();
			return after.size() == 1 && seen.get(seen.size() - 1).startsWith("AWAY@")
					&& !after.get(0).isBefore(last.plusSeconds(30))
					&& !after.get(0).isAfter(last.plusSeconds(30).plusMillis(200));
		}).count();
		System.out.printf("evaluation: quiet phones that kept their zone for fade-after, then AWAY: %d of 200%n",
				faded);
		assertThat(faded).isEqualTo(200);
	}

	private static void report(Carrying carrying, String what, long count) {
		System.out.printf("evaluation (%s): %s: %d of %d (%.2f%%), seed %d%n", carrying.label(), what, count, PEOPLE,
				100.0 * count / PEOPLE, SEED);
	}

	private static Outcome play(Scenario scenario, Carrying carrying) {
		GeneratedTrace trace = new TraceGenerator(SEED, Population.IN_THE_HAND.carriedIn(carrying)).generate(scenario,
				PEOPLE, T0);
		Outcome outcome = new Outcome(trace);
		ProximityTracker tracker = new ProximityTracker(ProximityProperties.defaults(), TraceGenerator.PLACEMENTS);
		TracePlayer player = new TracePlayer(tracker,
				(entry, fields) -> new EnrolledPhone(Long.parseLong(entry.label().device().substring(1))),
				(subject, from, to, rssi, confidence, at) -> outcome.firstAt
					.putIfAbsent(((EnrolledPhone) subject).phoneId() + ":" + to, at));
		trace.entries().forEach(player::play);
		player.finish(trace.people().get(PEOPLE - 1).end().plus(Duration.ofMinutes(1)));
		return outcome;
	}

	private record Outcome(GeneratedTrace trace, Map<String, Instant> firstAt) {

		Outcome(GeneratedTrace trace) {
			this(trace, new HashMap<>());
		}

		Instant firstAt(GeneratedPerson person, Zone zone) {
			return this.firstAt.get(person.device().substring(1) + ":" + zone);
		}

		List<GeneratedPerson> people() {
			return this.trace.people();
		}

	}

}
