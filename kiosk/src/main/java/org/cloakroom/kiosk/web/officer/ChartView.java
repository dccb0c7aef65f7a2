package org.cloakroom.kiosk.web.officer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cloakroom.kiosk.chart.Chart;

/**
 * A chart drawn as server-side SVG: stacked bars, one stack per category, one colour
 * class per series ({@code series-0}, ... in cloakroom.css: the Content-Security-Policy
 * allows no inline style), a few axis labels, and the same numbers as a table for whoever
 * cannot see the bars.
 */
record ChartView(String id, String title, String description, List<String> legend, List<Bar> bars, List<Label> labels,
		String top, List<String> categories, List<List<Long>> rows) {

	static final int WIDTH = 640;

	static final int HEIGHT = 220;

	private static final int LEFT = 40;

	private static final int BOTTOM = 24;

	private static final int TOP = 10;

	private static final int MOST_LABELS = 12;

	/** One segment of a stack, with what it counts for its tooltip. */
	record Bar(String x, String y, String width, String height, String css, String title) {
	}

	/** An axis label at a place. */
	record Label(String x, String y, String text) {
	}

	static ChartView of(Chart chart, String title, String description, List<String> legend) {
		int count = chart.categories().size();
		double band = (WIDTH - LEFT - 10.0) / Math.max(count, 1);
		double plot = HEIGHT - BOTTOM - TOP;
		long top = niceTop(chart.highest());
		List<Bar> bars = new ArrayList<>();
		List<Label> labels = new ArrayList<>();
		int every = (count + MOST_LABELS - 1) / MOST_LABELS;
		for (int i = 0; i < count; i++) {
			double x = LEFT + i * band + band * 0.15;
			double stacked = 0;
			for (int s = 0; s < chart.series().size(); s++) {
				long value = chart.series().get(s).values().get(i);
				if (value > 0) {
					double height = value * plot / top;
					bars.add(new Bar(number(x), number(TOP + plot - stacked - height), number(band * 0.7),
							number(height), "series-" + (s % 8),
							chart.categories().get(i) + " · " + legend.get(s) + " · " + value));
					stacked += height;
				}
			}
			if (i % Math.max(every, 1) == 0) {
				labels.add(new Label(number(x + band * 0.35), number(HEIGHT - 8.0), chart.categories().get(i)));
			}
		}
		return new ChartView(chart.name(), title, description, legend, bars, labels, Long.toString(top),
				chart.categories(), rows(chart));
	}

	/** The viewBox of every chart. */
	public String viewBox() {
		return "0 0 " + WIDTH + " " + HEIGHT;
	}

	/** Where the axis' top value and its zero sit. */
	public String axisX() {
		return Integer.toString(LEFT - 4);
	}

	public String axisTopY() {
		return Integer.toString(TOP + 8);
	}

	public String axisBottomY() {
		return Integer.toString(HEIGHT - BOTTOM);
	}

	private static List<List<Long>> rows(Chart chart) {
		List<List<Long>> rows = new ArrayList<>();
		for (int i = 0; i < chart.categories().size(); i++) {
			int category = i;
			rows.add(chart.series().stream().map((series) -> series.values().get(category)).toList());
		}
		return rows;
	}

	/** The axis' top: 1, 2 or 5 times a power of ten, at least the highest stack. */
	static long niceTop(long highest) {
		long power = 1;
		while (true) {
			for (long step : new long[] { 1, 2, 5 }) {
				if (step * power >= Math.max(highest, 1)) {
					return step * power;
				}
			}
			power *= 10;
		}
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

}
