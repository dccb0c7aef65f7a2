package org.cloakroom.kiosk.ble.trace;

import java.util.Random;

/**
 * RSSI on one path from a phone to one adapter, per packet, fitted to the shared data
 * sets where they say something ({@code RssiDatasetFigures}, test scope, measures them):
 * <ul>
 * <li>log-distance path loss {@code level(1 m) − 10·n·log10(d)}, {@code n = 2} (free
 * space; pc-ng's hand-to-hand medians fall 11.5 dB from 1 to 5 m, Herald's less), and 10
 * dB through the wall (assumed: neither set has walls);</li>
 * <li>the adapter's own gain (an adapter is not the reference: what {@code ble calibrate}
 * measures);</li>
 * <li>the phone's carrying loss at this distance ({@link Carrying}: 6–33.5 dB, not
 * monotonic);</li>
 * <li>multipath: a fixed pattern over distance for this path, the sum of three waves of
 * 0.12–0.6 m with random phases, σ 3.9 dB (Herald's 1-cm steps at 0.2–1 m read 3.9 dB
 * around a log-distance line, and in 20% of pairs 10 cm or more apart the farther reads 3
 * dB louder: RSSI is not monotonic within 1 m);</li>
 * <li>slow shadowing (an Ornstein–Uhlenbeck process, σ 1.5 dB per path and 1.5 dB of the
 * carrier's body on every path, correlation time 5 s: a body turning, a door
 * moving);</li>
 * <li>per-packet spread, normal, σ 2.2 dB (the robust σ of single packets around their
 * stationary stretch's median);</li>
 * <li>a sensitivity floor: packets under −95 dBm are missing (the 1st percentile of every
 * packet the data sets' phones heard is −93 dBm; the issue measured "about −95"), and 10%
 * more at random (collisions, the scanner on another channel; assumed).</li>
 * </ul>
 */
final class RadioModel {

	static final double PATH_LOSS_EXPONENT = 2.0;

	static final double WALL_LOSS_DB = 10;

	/** The carrier's body, on every path alike. */
	static final double BODY_SHADOWING_SIGMA_DB = 1.5;

	/** Each path's own (furniture, doors, other people). */
	static final double PATH_SHADOWING_SIGMA_DB = 1.5;

	static final double SHADOWING_MILLIS = 5000;

	static final double PACKET_SIGMA_DB = 2.2;

	static final double MULTIPATH_SIGMA_DB = 3.9;

	static final double SENSITIVITY_DBM = -95;

	static final double LOSS_PROBABILITY = 0.10;

	/** No packet. */
	static final int LOST = Integer.MIN_VALUE;

	private static final int WAVES = 3;

	private final Shadowing shadowing = new Shadowing(PATH_SHADOWING_SIGMA_DB);

	private final double[] wavelengths = new double[WAVES];

	private final double[] phases = new double[WAVES];

	private final double multipathSigmaDb;

	/**
	 * @param multipath whether this path has its multipath pattern (the reference phone's
	 * paths, as the proximity levels were set for, have none)
	 */
	RadioModel(Random random, boolean multipath) {
		this.multipathSigmaDb = multipath ? MULTIPATH_SIGMA_DB : 0;
		for (int i = 0; i < WAVES; i++) {
			this.wavelengths[i] = 0.12 + 0.48 * random.nextDouble();
			this.phases[i] = 2 * Math.PI * random.nextDouble();
		}
	}

	/**
	 * The RSSI of a packet sent at {@code millis} over {@code metres}, or {@link #LOST};
	 * {@code body} is the shadowing the phone's carrier adds on every path.
	 */
	int rssi(long millis, GeneratedPhone phone, double gainDb, double metres, boolean throughWall, double body,
			Random random) {
		double rssi = phone.levelAt1m + gainDb - 10 * PATH_LOSS_EXPONENT * Math.log10(Math.max(metres, 0.1))
				- (throughWall ? WALL_LOSS_DB : 0) - phone.carryingLossAt(metres) + multipath(metres) + body
				+ this.shadowing.at(millis, random) + PACKET_SIGMA_DB * random.nextGaussian();
		if (rssi < SENSITIVITY_DBM || random.nextDouble() < LOSS_PROBABILITY) {
			return LOST;
		}
		return (int) Math.round(Math.min(rssi, 10));
	}

	/** This path's fixed multipath pattern at {@code metres}. */
	double multipath(double metres) {
		double sum = 0;
		for (int i = 0; i < WAVES; i++) {
			sum += Math.sin(2 * Math.PI * metres / this.wavelengths[i] + this.phases[i]);
		}
		// each unit wave has variance 1/2: scale the sum to σ
		return sum * this.multipathSigmaDb * Math.sqrt(2.0 / WAVES);
	}

	/**
	 * Slow shadowing: an Ornstein–Uhlenbeck process with correlation time 5 s (a body
	 * turning, a door moving).
	 */
	static final class Shadowing {

		private final double sigma;

		private double value;

		private long at = Long.MIN_VALUE;

		Shadowing(double sigma) {
			this.sigma = sigma;
		}

		double at(long millis, Random random) {
			if (this.at == Long.MIN_VALUE) {
				this.value = this.sigma * random.nextGaussian();
			}
			else if (millis != this.at) {
				double keep = Math.exp(-(millis - this.at) / SHADOWING_MILLIS);
				this.value = keep * this.value + Math.sqrt(1 - keep * keep) * this.sigma * random.nextGaussian();
			}
			this.at = millis;
			return this.value;
		}

	}

}
