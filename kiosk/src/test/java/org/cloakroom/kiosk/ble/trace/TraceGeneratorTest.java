package org.cloakroom.kiosk.ble.trace;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generator shows what the shared real data shows ({@code RssiDatasetFigures}):
 * models far apart, no advertised power, a floor, carrying that costs more than distance,
 * and RSSI that is not monotonic within 1 m.
 */
class TraceGeneratorTest {

	private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");

	@Test
	void measuredModelsSpreadOverTheMeasuredLevelsAndNoPhoneAdvertisesItsPower() {
		GeneratedTrace trace = new TraceGenerator(5, Population.IN_THE_HAND).generate(Scenario.LINGER, 200, T0);

		List<Double> levels = trace.people().stream().map(GeneratedPerson::levelAt1m).toList();
		assertThat(levels.stream().mapToDouble(Double::doubleValue).max().orElseThrow()
				- levels.stream().mapToDouble(Double::doubleValue).min().orElseThrow())
			.isGreaterThan(34);
		assertThat(trace.entries()).allSatisfy((entry) -> assertThat(entry.advertisement().txPower()).isNull());
	}

	@Test
	void noPacketIsHeardBelowTheFloorAndPhonesInPocketsLoseMorePacketsThanInTheHand() {
		Population measured = Population.IN_THE_HAND;
		GeneratedTrace hand = new TraceGenerator(6, measured).generate(Scenario.LINGER, 100, T0);
		GeneratedTrace pocket = new TraceGenerator(6, measured.carriedIn(Carrying.POCKET)).generate(Scenario.LINGER,
				100, T0);

		assertThat(hand.entries()).allSatisfy((entry) -> assertThat(entry.advertisement().rssi())
			.isGreaterThanOrEqualTo((int) RadioModel.SENSITIVITY_DBM));
		// at 5 m a pocket costs 8 dB (pc-ng): the weakest phones drop under the floor
		assertThat(pocket.entries().size()).isLessThan(hand.entries().size() * 9 / 10);
	}

	@Test
	void carryingCostsMoreAtTheSpotThanAtOneAndAHalfMetres() {
		assertThat(Carrying.POCKET.lossAt(0.3)).isGreaterThan(Carrying.POCKET.lossAt(1.6) + 15);
		assertThat(Carrying.POCKET.lossAt(1.8)).as("not monotonic").isGreaterThan(Carrying.POCKET.lossAt(1.6));
		assertThat(Carrying.HAND.lossAt(0.3)).isZero();
	}

	/**
	 * Herald's 1-cm steps at 0.2–1 m: in 20% of pairs 10 cm or more apart the farther
	 * reads at least 3 dB louder; the generator's paths (path loss plus multipath) do
	 * that about as often.
	 */
	@Test
	void rssiIsNotMonotonicWithinOneMetreAboutAsOftenAsMeasured() {
		Random random = new Random(7);
		long pairs = 0;
		long rises = 0;
		for (int path = 0; path < 500; path++) {
			RadioModel model = new RadioModel(random, true);
			List<double[]> levels = new ArrayList<>();
			for (int cm = 20; cm <= 100; cm++) {
				double metres = cm / 100.0;
				levels.add(new double[] { cm,
						-10 * RadioModel.PATH_LOSS_EXPONENT * Math.log10(metres) + model.multipath(metres) });
			}
			for (double[] near : levels) {
				for (double[] far : levels) {
					if (far[0] - near[0] >= 10) {
						pairs++;
						rises += (far[1] >= near[1] + 3) ? 1 : 0;
					}
				}
			}
		}
		System.out.printf("generated: farther louder by >= 3 dB in %.1f%% of pairs 10 cm apart or more%n",
				100.0 * rises / pairs);
		assertThat((double) rises / pairs).isBetween(0.08, 0.30);
	}

	@Test
	void theSameSeedAndPopulationGiveTheSameTrace() {
		List<String> first = lines(new TraceGenerator(9, Population.CARRIED).generate(Scenario.ARRIVAL, 5, T0));
		List<String> second = lines(new TraceGenerator(9, Population.CARRIED).generate(Scenario.ARRIVAL, 5, T0));

		assertThat(first).isNotEmpty().isEqualTo(second);
	}

	private static List<String> lines(GeneratedTrace trace) {
		return trace.entries()
			.stream()
			.map((entry) -> TraceFormat.write(entry.advertisement(), entry.label()))
			.toList();
	}

}
