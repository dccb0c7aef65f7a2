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

	static final double SHADOWING_SIGMA_DB = 3;

	static final double SHADOWING_MILLIS = 5000;

	static final double FADING_SIGMA_DB = 5;

	static final double DIP_PROBABILITY = 0.08;

	static final double SENSITIVITY_DBM = -98;

	static final double LOSS_PROBABILITY = 0.10;

	/** No packet. */
	static final int LOST = Integer.MIN_VALUE;

	private double shadowing;

	private long shadowingAt = Long.MIN_VALUE;

	/**
	 * The RSSI of a packet sent at {@code millis} over {@code metres}, or {@link #LOST}.
	 */
	int rssi(long millis, double powerAt1m, double metres, boolean throughWall, Random random) {
		updateShadowing(millis, random);
		double rssi = powerAt1m - 10 * PATH_LOSS_EXPONENT * Math.log10(Math.max(metres, 0.1))
				- (throughWall ? WALL_LOSS_DB : 0) + this.shadowing + FADING_SIGMA_DB * random.nextGaussian();
		if (random.nextDouble() < DIP_PROBABILITY) {
			rssi -= 5 + 10 * random.nextDouble();
		}
		if (rssi < SENSITIVITY_DBM || random.nextDouble() < LOSS_PROBABILITY) {
			return LOST;
		}
		return (int) Math.round(Math.min(rssi, 10));
	}

	private void updateShadowing(long millis, Random random) {
		if (this.shadowingAt == Long.MIN_VALUE) {
			this.shadowing = SHADOWING_SIGMA_DB * random.nextGaussian();
		}
		else {
			double keep = Math.exp(-(millis - this.shadowingAt) / SHADOWING_MILLIS);
			this.shadowing = keep * this.shadowing
					+ Math.sqrt(1 - keep * keep) * SHADOWING_SIGMA_DB * random.nextGaussian();
		}
		this.shadowingAt = millis;
	}

}
