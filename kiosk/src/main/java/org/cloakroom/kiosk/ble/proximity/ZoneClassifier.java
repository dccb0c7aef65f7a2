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

}
