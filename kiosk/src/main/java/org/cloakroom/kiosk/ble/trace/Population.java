package org.cloakroom.kiosk.ble.trace;

import java.util.EnumMap;
import java.util.Map;
import java.util.Random;

/**
 * Who carries the generated phones and how loud their models are.
 *
 * @param modelSpreadDb how far apart the loudest and quietest phone models are at 1 m:
 * {@value #MEASURED_SPREAD_DB} as measured ({@link GeneratedPhone#LEVELS_AT_1M}), 0 for
 * every phone at the measured median; other values scale the measured levels around their
 * median
 * @param reference whether every phone is instead the reference phone the proximity
 * levels are set for ({@code reference-power-dbm}, −59 dBm at 1 m, heard 10 times a
 * second, on paths without a multipath pattern, by adapters that hear alike): what the
 * kiosk would see once adapter and phone calibration removed gains and model offsets; for
 * tests of what follows a zone, never for proximity figures
 * @param carrying the share of phones in each carrying position (weights, summing to more
 * than 0)
 */
public record Population(double modelSpreadDb, boolean reference, Map<Carrying, Double> carrying) {

	/** From the quietest to the loudest phone pair at 1 m in the shared data sets. */
	public static final double MEASURED_SPREAD_DB = 38;

	/** The reference phone in the hand: the physics without the spread. */
	public static final Population REFERENCE = new Population(0, true, Map.of(Carrying.HAND, 1.0));

	/** Measured models, in the hand. */
	public static final Population IN_THE_HAND = new Population(MEASURED_SPREAD_DB, false, Map.of(Carrying.HAND, 1.0));

	/** Measured models, 40% in the hand, 45% in a pocket, 15% in a backpack. */
	public static final Population CARRIED = new Population(MEASURED_SPREAD_DB, false,
			Map.of(Carrying.HAND, 0.40, Carrying.POCKET, 0.45, Carrying.BACKPACK, 0.15));

	public Population {
		if (!(modelSpreadDb >= 0 && modelSpreadDb <= 60)) {
			throw new IllegalArgumentException("The model spread must be 0 to 60 dB, got " + modelSpreadDb);
		}
		if (carrying == null || carrying.isEmpty()) {
			throw new IllegalArgumentException("A population needs at least one carrying position");
		}
		Map<Carrying, Double> copy = new EnumMap<>(Carrying.class);
		double total = 0;
		for (Map.Entry<Carrying, Double> share : carrying.entrySet()) {
			if (share.getValue() == null || !(share.getValue() >= 0)) {
				throw new IllegalArgumentException(
						"The share of " + share.getKey().label() + " must be at least 0, got " + share.getValue());
			}
			copy.put(share.getKey(), share.getValue());
			total += share.getValue();
		}
		if (!(total > 0)) {
			throw new IllegalArgumentException("The carrying shares must add up to more than 0, got " + carrying);
		}
		carrying = Map.copyOf(copy);
	}

	/** The same phones, all carried one way. */
	public Population carriedIn(Carrying where) {
		return new Population(this.modelSpreadDb, this.reference, Map.of(where, 1.0));
	}

	/**
	 * Parses {@code hand=40,pocket=45,backpack=15} (weights) into this population's
	 * carrying.
	 */
	public Population withCarrying(String mix) {
		Map<Carrying, Double> shares = new EnumMap<>(Carrying.class);
		for (String part : mix.split(",")) {
			int equals = part.indexOf('=');
			if (equals < 0) {
				throw new IllegalArgumentException(
						"A carrying mix is position=weight[,...] such as hand=40,pocket=45,backpack=15; got '" + part
								+ "'");
			}
			double weight;
			try {
				weight = Double.parseDouble(part.substring(equals + 1).strip());
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("The weight of '" + part + "' is not a number");
			}
			shares.merge(Carrying.parse(part.substring(0, equals)), weight, Double::sum);
		}
		return new Population(this.modelSpreadDb, this.reference, shares);
	}

	Carrying drawCarrying(Random random) {
		double total = this.carrying.values().stream().mapToDouble(Double::doubleValue).sum();
		double at = random.nextDouble() * total;
		Carrying last = Carrying.HAND;
		for (Carrying where : Carrying.values()) {
			Double share = this.carrying.get(where);
			if (share == null || share == 0) {
				continue;
			}
			last = where;
			at -= share;
			if (at < 0) {
				return where;
			}
		}
		return last;
	}

}
