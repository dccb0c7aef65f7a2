package org.cloakroom.kiosk.ble.trace;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The trace generator's constants are the figures measured from the shared data sets
 * ({@link RssiDatasetFigures}); this prints them and fails when either side changes. Run:
 * {@code mvn -B -o -q -pl kiosk test -Dtest=RssiDatasetFiguresTest} (add
 * {@code -Dcloakroom.datasets=<folder>} when the data sets are elsewhere).
 */
class RssiDatasetFiguresTest {

	private static RssiDatasetFigures figures;

	@BeforeAll
	static void measure() {
		figures = RssiDatasetFigures.measure(RssiDatasetFigures.folder());
		System.out.println("shared RSSI data sets:\n" + figures);
	}

	@Test
	void phoneModelsAreDrawnFromTheMeasuredLevelsAtOneMetreThirtyEightDecibelsApart() {
		assertThat(figures.levelsAt1m()).containsExactlyElementsOf(boxed(GeneratedPhone.LEVELS_AT_1M));
		assertThat(RssiDatasetFigures.median(figures.levelsAt1m())).isEqualTo(GeneratedPhone.MEDIAN_AT_1M);
		assertThat(figures.levelsAt1m().get(figures.levelsAt1m().size() - 1) - figures.levelsAt1m().get(0))
			.isEqualTo(Population.MEASURED_SPREAD_DB);
	}

	@Test
	void carryingLossIsPcNgsPocketAndBackpackAgainstHandToHandAtEachDistance() {
		assertLoss(figures.carryingLoss().get("pocket"), Carrying.POCKET);
		assertLoss(figures.carryingLoss().get("backpack"), Carrying.BACKPACK);
	}

	@Test
	void spreadMultipathFloorAndRatesAreTheMeasuredOnes() {
		assertThat(figures.packetSpreadDb()).isEqualTo(RadioModel.PACKET_SIGMA_DB);
		assertThat(figures.multipathSigmaDb()).isEqualTo(RadioModel.MULTIPATH_SIGMA_DB);
		assertThat(figures.risesWithinOneMetre()).as("RSSI is not monotonic within 1 m").isGreaterThan(0.1);
		assertThat(figures.weakestHeardDbm()).isCloseTo(RadioModel.SENSITIVITY_DBM, within(3.0));
		assertThat(figures.packetsPerSecond()).containsExactlyElementsOf(boxed(GeneratedPhone.PACKETS_PER_SECOND));
	}

	private static void assertLoss(Map<Integer, Double> measured, Carrying carrying) {
		assertThat(measured).hasSize(Carrying.METRES.length);
		for (double metres : Carrying.METRES) {
			int centimetres = (int) Math.round(metres * 100);
			assertThat(carrying.lossAt(metres)).as("%s at %d cm", carrying, centimetres)
				.isEqualTo(measured.get(centimetres));
		}
	}

	private static List<Double> boxed(double[] values) {
		return Arrays.stream(values).boxed().toList();
	}

}
