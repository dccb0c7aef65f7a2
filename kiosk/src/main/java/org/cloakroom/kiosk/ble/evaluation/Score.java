package org.cloakroom.kiosk.ble.evaluation;

import java.util.ArrayList;
import java.util.List;

/** Outcomes added up: the figures the issue asks for. */
public final class Score {

	private int arrivals;

	private int arrivalsInTime;

	private int passers;

	private int passersAtDoor;

	private int heardAtBadge;

	private int placedAtBadge;

	private final List<Double> recognise = new ArrayList<>();

	void add(Outcome outcome) {
		if (outcome.arrival()) {
			this.arrivals++;
			if (outcome.atDoor()) {
				this.arrivalsInTime++;
				this.recognise.add(outcome.recogniseMillis());
			}
			this.heardAtBadge += outcome.heardAtBadge() ? 1 : 0;
			this.placedAtBadge += outcome.placedAtBadge() ? 1 : 0;
		}
		else {
			this.passers++;
			this.passersAtDoor += outcome.atDoor() ? 1 : 0;
		}
	}

	void addAll(Score other) {
		this.arrivals += other.arrivals;
		this.arrivalsInTime += other.arrivalsInTime;
		this.passers += other.passers;
		this.passersAtDoor += other.passersAtDoor;
		this.heardAtBadge += other.heardAtBadge;
		this.placedAtBadge += other.placedAtBadge;
		this.recognise.addAll(other.recognise);
	}

	public int arrivals() {
		return this.arrivals;
	}

	public int passers() {
		return this.passers;
	}

	/** Arrivals placed AT_DOOR within 3 s of reaching 1 m, 0 to 1. */
	public double arrivalsInTime() {
		return rate(this.arrivalsInTime, this.arrivals);
	}

	/** Passers (2–4 m) ever placed AT_DOOR, 0 to 1. */
	public double passersAtDoor() {
		return rate(this.passersAtDoor, this.passers);
	}

	/** Arrivals whose phone the door side heard in the badge window, 0 to 1. */
	public double heardAtBadge() {
		return rate(this.heardAtBadge, this.arrivals);
	}

	/** Arrivals that presence at badge placed AT_DOOR, 0 to 1. */
	public double placedAtBadge() {
		return rate(this.placedAtBadge, this.arrivals);
	}

	/**
	 * The median time from reaching 1 m to AT_DOOR of arrivals placed in time, seconds.
	 */
	public double medianRecogniseSeconds() {
		if (this.recognise.isEmpty()) {
			return Double.NaN;
		}
		List<Double> sorted = this.recognise.stream().sorted().toList();
		int n = sorted.size();
		double millis = (n % 2 == 1) ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
		return millis / 1000;
	}

	/** Youden's J: arrivals in time minus passers at the door. */
	public double youden() {
		return arrivalsInTime() - passersAtDoor();
	}

	private static double rate(int count, int of) {
		return (of == 0) ? Double.NaN : (double) count / of;
	}

}
