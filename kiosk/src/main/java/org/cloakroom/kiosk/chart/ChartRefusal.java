package org.cloakroom.kiosk.chart;

import org.cloakroom.kiosk.Refusal;

/** A chart's range that cannot be drawn; words in {@code messages/chart.properties}. */
public final class ChartRefusal extends Refusal {

	private ChartRefusal(Kind kind, String code, Object... arguments) {
		super(kind, code, arguments);
	}

	static ChartRefusal rangeBackwards(Object from, Object to) {
		return new ChartRefusal(Kind.INVALID, "chart-range-backwards", String.valueOf(from), String.valueOf(to));
	}

	static ChartRefusal dayOutOfRange(Object day, int first, int last) {
		return new ChartRefusal(Kind.INVALID, "chart-day-out-of-range", String.valueOf(day), Integer.toString(first),
				Integer.toString(last));
	}

	static ChartRefusal rangeTooLong(long days, int most) {
		return new ChartRefusal(Kind.INVALID, "chart-range-too-long", Long.toString(days), Integer.toString(most));
	}

}
