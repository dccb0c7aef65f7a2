package org.cloakroom.kiosk.chart;

import java.util.List;

/**
 * One chart's data: the categories along its axis (hours, days or rules) and one or more
 * series of counts, each with a value per category, in the same order.
 */
public record Chart(String name, List<String> categories, List<Series> series) {

	public Chart {
		categories = List.copyOf(categories);
		series = List.copyOf(series);
		for (Series one : series) {
			if (one.values().size() != categories.size()) {
				throw new IllegalArgumentException("Series '" + one.name() + "' of chart '" + name + "' has "
						+ one.values().size() + " values for " + categories.size() + " categories");
			}
		}
	}

	/** A named row of counts, one per category. */
	public record Series(String name, List<Long> values) {

		public Series {
			values = List.copyOf(values);
		}

	}

	/** The largest stack: the sum of the series at one category, at its highest. */
	public long highest() {
		long highest = 0;
		for (int i = 0; i < this.categories.size(); i++) {
			long stack = 0;
			for (Series one : this.series) {
				stack += one.values().get(i);
			}
			highest = Math.max(highest, stack);
		}
		return highest;
	}

}
