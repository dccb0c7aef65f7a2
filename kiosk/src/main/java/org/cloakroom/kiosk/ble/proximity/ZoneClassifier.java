package org.cloakroom.kiosk.ble.proximity;

import org.cloakroom.kiosk.ble.ProximityProperties;
import org.cloakroom.kiosk.ble.Zone;

/**
 * Places a device from its two filtered RSSIs, with hysteresis: the current zone is left
 * only past its exit level, a new one entered only past its enter level. INSIDE needs the
 * inside adapter to be strong and to beat the door adapter, so a phone shouting at the
 * door is not taken for one inside; entering AT_DOOR needs the door side to be strong
 * and, where the inside hears the phone, to beat it by a wide margin. NaN means the
 * adapter has too little to say.
 */
final class ZoneClassifier {

	private final ProximityProperties rules;

	ZoneClassifier(ProximityProperties rules) {
		this.rules = rules;
	}

	/** The zone the evidence points to, or {@code null} if neither adapter has any. */
	Zone classify(Zone current, double door, double inside) {
		if (Double.isNaN(door) && Double.isNaN(inside)) {
			return null;
		}
		if (inside(current, door, inside)) {
			return Zone.INSIDE;
		}
		if (Double.isNaN(door)) {
			return current;
		}
		boolean wasAtDoor = current == Zone.AT_DOOR;
		if (wasAtDoor ? door >= this.rules.atDoorExitDbm() : atDoor(current, door, inside)) {
			return Zone.AT_DOOR;
		}
		boolean wasNear = wasAtDoor || current == Zone.NEAR;
		if (door >= (wasNear ? this.rules.nearExitDbm() : this.rules.nearEnterDbm())) {
			return Zone.NEAR;
		}
		return Zone.AWAY;
	}

	/**
	 * Coming from the corridor, the door side must beat the inside by the margin; coming
	 * out through the door, both hear the phone well and the level alone decides.
	 */
	private boolean atDoor(Zone current, double door, double inside) {
		return door >= this.rules.atDoorEnterDbm()
				&& (current == Zone.INSIDE || Double.isNaN(inside) || door - inside >= this.rules.atDoorMarginDb());
	}

	private boolean inside(Zone current, double door, double inside) {
		if (Double.isNaN(inside)) {
			return false;
		}
		double doorLevel = Double.isNaN(door) ? Double.NEGATIVE_INFINITY : door;
		if (current == Zone.INSIDE) {
			return inside >= this.rules.insideExitDbm() && inside > doorLevel;
		}
		return inside >= this.rules.insideEnterDbm() && inside >= doorLevel + this.rules.insideMarginDb();
	}

	/**
	 * How many dB the evidence lies beyond the boundary that {@code to} was entered
	 * across from {@code from}: the smallest of the margins the classification needed
	 * (negative when a margin was not needed to hold, as when a hysteresis band kept a
	 * zone). The basis of a zone change's confidence.
	 */
	double margin(Zone from, Zone to, double door, double inside) {
		double d = Double.isNaN(door) ? Double.NEGATIVE_INFINITY : door;
		double margin = switch (to) {
			case INSIDE -> Math.min(inside - this.rules.insideEnterDbm(), inside - d - this.rules.insideMarginDb());
			case AT_DOOR -> {
				double boundary = (from == Zone.AT_DOOR) ? this.rules.atDoorExitDbm() : this.rules.atDoorEnterDbm();
				double level = d - boundary;
				boolean compared = from != Zone.INSIDE && !Double.isNaN(inside);
				yield compared ? Math.min(level, d - inside - this.rules.atDoorMarginDb()) : level;
			}
			case NEAR -> {
				boolean wasNear = from == Zone.AT_DOOR || from == Zone.NEAR;
				double floor = wasNear ? this.rules.nearExitDbm() : this.rules.nearEnterDbm();
				double ceiling = (from == Zone.AT_DOOR) ? this.rules.atDoorExitDbm() : this.rules.atDoorEnterDbm();
				yield Math.min(d - floor, ceiling - d);
			}
			case AWAY ->
				((from == Zone.NEAR || from == Zone.AT_DOOR) ? this.rules.nearExitDbm() : this.rules.nearEnterDbm())
						- d;
		};
		if (from == Zone.INSIDE && to != Zone.INSIDE && !Double.isNaN(inside)) {
			// it left because the inside went quiet or the door side caught up
			margin = Math.min(margin, Math.max(this.rules.insideExitDbm() - inside, d - inside));
		}
		return Double.isFinite(margin) ? margin : 0;
	}

}
