package org.cloakroom.kiosk.ble.simulated;

import java.util.EnumMap;
import java.util.Map;

/**
 * Mean RSSI of a reference phone at each position, per adapter: the log-distance model
 * {@code P(d) = P(1 m) − 10·n·log10(d) − wall} with {@code P(1 m) = −59 dBm} (the usual
 * iBeacon measured power) and {@code n = 2.2} (indoors, line of sight). The door adapter
 * is at the kiosk, outside the area; the inside adapter is inside, behind the wall (≈10
 * dB), about 5 m from the door.
 */
final class Propagation {

	static final double POWER_AT_1M_DBM = -59;

	static final double PATH_LOSS_EXPONENT = 2.2;

	static final double WALL_LOSS_DB = 10;

	private static final Map<VirtualPosition, double[]> DOOR = new EnumMap<>(VirtualPosition.class);

	private static final Map<VirtualPosition, double[]> INSIDE = new EnumMap<>(VirtualPosition.class);

	static {
		// {distance in metres, wall loss in dB}
		DOOR.put(VirtualPosition.AWAY, new double[] { 25, 0 });
		DOOR.put(VirtualPosition.CORRIDOR, new double[] { 3, 0 });
		DOOR.put(VirtualPosition.NEAR, new double[] { 1.5, 0 });
		DOOR.put(VirtualPosition.AT_DOOR, new double[] { 0.4, 0 });
		DOOR.put(VirtualPosition.INSIDE, new double[] { 6, WALL_LOSS_DB });
		INSIDE.put(VirtualPosition.AWAY, new double[] { 28, WALL_LOSS_DB });
		INSIDE.put(VirtualPosition.CORRIDOR, new double[] { 7, WALL_LOSS_DB });
		INSIDE.put(VirtualPosition.NEAR, new double[] { 6, WALL_LOSS_DB });
		INSIDE.put(VirtualPosition.AT_DOOR, new double[] { 5, WALL_LOSS_DB });
		INSIDE.put(VirtualPosition.INSIDE, new double[] { 1.5, 0 });
	}

	private Propagation() {
	}

	/** Mean RSSI at {@code position} as the door (0) or inside (1) adapter hears it. */
	static double meanRssi(VirtualPosition position, int adapter) {
		double[] path = ((adapter == 0) ? DOOR : INSIDE).get(position);
		return POWER_AT_1M_DBM - 10 * PATH_LOSS_EXPONENT * Math.log10(path[0]) - path[1];
	}

}
