package org.cloakroom.kiosk.ble.trace;

import java.util.Locale;

/**
 * Where a generated phone is carried, and what that costs in dB at each distance: the
 * pc-ng recordings (two people standing still, ~100 s per distance), hand to hand minus
 * pocket to pocket (PP) or backpack to backpack (BB) for the same two phones, averaged
 * over the two ({@code RssiDatasetFigures}, test scope). The loss is not monotonic with
 * distance (a pocket costs 33.5 dB at 0.2 m, 14 at 1 m, 7 at 1.6 m and 19 at 1.8 m): the
 * body swamps distance, which is why a level alone cannot tell a pocket at the spot from
 * a hand 3 m away.
 */
public enum Carrying {

	/** In the hand: the reference (no loss). */
	HAND(new double[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }),
	/** In a trouser or jacket pocket: 7–33.5 dB. */
	POCKET(new double[] { 33.5, 30.0, 25.5, 20.5, 14.0, 17.5, 18.0, 7.0, 19.0, 16.0, 17.5, 11.5, 8.0 }),
	/** In a backpack: 6–33.5 dB. */
	BACKPACK(new double[] { 33.5, 25.0, 20.5, 16.0, 9.5, 16.0, 18.3, 6.0, 16.0, 15.5, 16.0, 10.0, 6.0 });

	/** The pc-ng distances the losses were measured at, in metres. */
	static final double[] METRES = { 0.2, 0.4, 0.6, 0.8, 1.0, 1.2, 1.4, 1.6, 1.8, 2.0, 3.0, 4.0, 5.0 };

	private final double[] lossDb;

	Carrying(double[] lossDb) {
		this.lossDb = lossDb;
	}

	/**
	 * The loss at {@code metres}, interpolated between the measured distances and held
	 * beyond them.
	 */
	public double lossAt(double metres) {
		if (metres <= METRES[0]) {
			return this.lossDb[0];
		}
		for (int i = 1; i < METRES.length; i++) {
			if (metres <= METRES[i]) {
				double share = (metres - METRES[i - 1]) / (METRES[i] - METRES[i - 1]);
				return this.lossDb[i - 1] + share * (this.lossDb[i] - this.lossDb[i - 1]);
			}
		}
		return this.lossDb[this.lossDb.length - 1];
	}

	/** As written on the command line: {@code pocket}. */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Carrying parse(String text) {
		for (Carrying carrying : values()) {
			if (carrying.label().equalsIgnoreCase(text.strip())) {
				return carrying;
			}
		}
		throw new IllegalArgumentException(
				"Unknown carrying position '" + text + "'; expected hand, pocket or backpack");
	}

}
