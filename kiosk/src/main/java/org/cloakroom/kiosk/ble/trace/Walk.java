package org.cloakroom.kiosk.ble.trace;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a person is over time: straight legs at walking speed between stops, positions
 * interpolated in between. Times are milliseconds from the person's start.
 */
final class Walk {

	private final List<double[]> points = new ArrayList<>();

	private long arrivedAtDoor = -1;

	Walk(double x, double y) {
		this.points.add(new double[] { 0, x, y });
	}

	/** Walks in a straight line to (x, y) at {@code speed} metres per second. */
	Walk to(double x, double y, double speed) {
		double[] last = last();
		double metres = Math.hypot(x - last[1], y - last[2]);
		this.points.add(new double[] { last[0] + metres / speed * 1000, x, y });
		return this;
	}

	/** Stays where it is for {@code millis}. */
	Walk stay(long millis) {
		double[] last = last();
		this.points.add(new double[] { last[0] + millis, last[1], last[2] });
		return this;
	}

	/** Marks now as the moment the person reached the door spot. */
	Walk arrivedAtDoor() {
		this.arrivedAtDoor = (long) last()[0];
		return this;
	}

	long durationMillis() {
		return (long) last()[0];
	}

	long arrivedAtDoorMillis() {
		return this.arrivedAtDoor;
	}

	/** The first time within {@code metres} of ({@code x}, {@code y}), or -1. */
	long firstWithin(double metres, double x, double y) {
		for (long t = 0; t <= durationMillis(); t += 10) {
			double[] at = at(t);
			if (Math.hypot(at[0] - x, at[1] - y) <= metres) {
				return t;
			}
		}
		return -1;
	}

	/** The position {x, y} at {@code millis}. */
	double[] at(long millis) {
		for (int i = 1; i < this.points.size(); i++) {
			double[] to = this.points.get(i);
			if (millis <= to[0]) {
				double[] from = this.points.get(i - 1);
				double span = to[0] - from[0];
				double share = (span <= 0) ? 1 : (millis - from[0]) / span;
				return new double[] { from[1] + share * (to[1] - from[1]), from[2] + share * (to[2] - from[2]) };
			}
		}
		double[] last = last();
		return new double[] { last[1], last[2] };
	}

	private double[] last() {
		return this.points.get(this.points.size() - 1);
	}

}
