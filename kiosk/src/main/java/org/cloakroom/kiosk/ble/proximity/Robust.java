package org.cloakroom.kiosk.ble.proximity;

import java.util.Arrays;

/**
 * The statistics proximity's evidence rests on: median, median absolute deviation, and
 * how far a median beyond a boundary can be trusted.
 */
final class Robust {

	/**
	 * The least spread assumed: a window of identical packets says little more than one
	 * packet, whose own spread is 5–10 dB.
	 */
	static final double MIN_SPREAD_DB = 2;

	private Robust() {
	}

	/** The median of the first {@code n} values, sorting them in place; NaN if none. */
	static double median(double[] values, int n) {
		if (n == 0) {
			return Double.NaN;
		}
		Arrays.sort(values, 0, n);
		int middle = n / 2;
		return ((n % 2) == 1) ? values[middle] : (values[middle - 1] + values[middle]) / 2;
	}

	/** The median absolute deviation of the first {@code n} values (reorders them). */
	static double mad(double[] values, int n) {
		double median = median(values, n);
		for (int i = 0; i < n; i++) {
			values[i] = Math.abs(values[i] - median);
		}
		return median(values, n);
	}

	/**
	 * How sure a median of {@code n} packets, {@code marginDb} beyond the boundary it
	 * crossed, is to be on that side: Φ(margin / standard error), where the standard
	 * error of a median is 1.2533 σ / √n and σ = 1.4826 × MAD (at least
	 * {@link #MIN_SPREAD_DB}). 0.5 on the boundary, towards 1 well past it.
	 */
	static double beyond(double marginDb, double madDb, int n) {
		if (Double.isNaN(marginDb) || n <= 0) {
			return 0.5;
		}
		double sigma = Math.max(MIN_SPREAD_DB, 1.4826 * madDb);
		double standardError = 1.2533 * sigma / Math.sqrt(n);
		return normalCdf(marginDb / standardError);
	}

	/** Φ(z), by Abramowitz and Stegun's 26.2.17 (error below 7.5e-8). */
	static double normalCdf(double z) {
		if (z < 0) {
			return 1 - normalCdf(-z);
		}
		double t = 1 / (1 + 0.2316419 * z);
		double poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
		return 1 - Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI) * poly;
	}

}
