package org.cloakroom.kiosk.web.officer;

import java.util.List;

import org.assertj.core.data.Offset;
import org.cloakroom.kiosk.chart.Chart;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A chart's SVG geometry: the axis tops at a round number at least the highest stack,
 * each stack's segments sit on one another from the axis up, and the table holds the same
 * numbers by category.
 */
class ChartViewTest {

	@Test
	void theAxisTopsAtOneTwoOrFiveTimesAPowerOfTen() {
		assertThat(List.of(0L, 1L, 2L, 3L, 7L, 10L, 11L, 42L, 501L)).extracting(ChartView::niceTop)
			.containsExactly(1L, 1L, 2L, 5L, 10L, 10L, 20L, 50L, 1000L);
	}

	@Test
	void stacksStandOnTheAxisSegmentBySegment() {
		Chart chart = new Chart("alerts", List.of("2026-11-22", "2026-11-23"),
				List.of(new Chart.Series("LockerForced", List.of(2L, 0L)),
						new Chart.Series("LockerDoorHeldOpen", List.of(3L, 1L))));

		ChartView view = ChartView.of(chart, "Alerts", "per day", List.of("forced", "held open"));

		assertThat(view.top()).isEqualTo("5");
		assertThat(view.bars()).extracting(ChartView.Bar::css).containsExactly("series-0", "series-1", "series-1");
		ChartView.Bar forced = view.bars().get(0);
		ChartView.Bar heldOpen = view.bars().get(1);
		double axis = Double.parseDouble(view.axisBottomY());
		assertThat(Double.parseDouble(forced.y()) + Double.parseDouble(forced.height())).isCloseTo(axis,
				Offset.offset(0.11));
		assertThat(Double.parseDouble(heldOpen.y()) + Double.parseDouble(heldOpen.height()))
			.isCloseTo(Double.parseDouble(forced.y()), Offset.offset(0.11));
		assertThat(Double.parseDouble(heldOpen.height())).isCloseTo(1.5 * Double.parseDouble(forced.height()),
				Offset.offset(0.2));
		assertThat(forced.title()).isEqualTo("2026-11-22 · forced · 2");
		assertThat(view.rows()).containsExactly(List.of(2L, 3L), List.of(0L, 1L));
	}

}
