package org.cloakroom.kiosk.ble.trace;

import java.util.Random;

/**
 * RSSI on one path from a phone to one adapter, per packet: log-distance path loss
 * {@code P(1 m) − 10·n·log10(d)} with {@code n = 2.2}, 10 dB through the wall, slow
 * shadowing (an Ornstein–Uhlenbeck process, σ 3 dB, correlation time 5 s: a body turning,
 * a door moving), fast fading per packet (normal, σ 5 dB, DESIGN.md's 5–10 dB spread)
 * and, in 8% of packets, a body or hand taking another 5–15 dB. Packets under the
 * sensitivity, and 10% more at random (collisions, the scanner on another channel), are
 * lost.
 */
final class RadioModel {

	static final double PATH_LOSS_EXPONENT = 2.2;

	static final double WALL_LOSS_DB = 10;

	/** The carrier's body, on every path alike. */
	static final double BODY_SHADOWING_SIGMA_DB = 1.5;

	/** Each path's own (furniture, doors, other people). */
	static final double PATH_SHADOWING_SIGMA_DB = 1.5;

	static final double SHADOWING_MILLIS = 5000;

	static final double FADING_SIGMA_DB = 4;

	static final double DIP_PROBABILITY = 0.03;

	static final double SENSITIVITY_DBM = -98;

	static final double LOSS_PROBABILITY = 0.10;

	/** No packet. */
	static final int LOST = Integer.MIN_VALUE;

	private final Shadowing shadowing = new Shadowing(PATH_SHADOWING_SIGMA_DB);

	/**
	 * The RSSI of a packet sent at {@code millis} over {@code metres}, or {@link #LOST};
	 * {@code body} is the shadowing the phone's carrier adds on every path.
	 */
	int rssi(long millis, double powerAt1m, double metres, boolean throughWall, double body, Random random) {
		double rssi = powerAt1m - 10 * PATH_LOSS_EXPONENT * Math.log10(Math.max(metres, 0.1))
				- (throughWall ? WALL_LOSS_DB : 0) + body + this.shadowing.at(millis, random)
				+ FADING_SIGMA_DB * random.nextGaussian();
		if (random.nextDouble() < DIP_PROBABILITY) {
			rssi -= 5 + 10 * random.nextDouble();
		}
		if (rssi < SENSITIVITY_DBM || random.nextDouble() < LOSS_PROBABILITY) {
			return LOST;
		}
		return (int) Math.round(Math.min(rssi, 10));
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
