package org.cloakroom.kiosk.ble.evaluation;

/**
 * What proximity made of one episode.
 *
 * @param arrival whether the episode was an arrival
 * @param atDoor arrival: placed AT_DOOR within 3 s of reaching 1 m; passer: ever placed
 * AT_DOOR
 * @param recogniseMillis arrival placed in time: from reaching 1 m to AT_DOOR (negative
 * when already placed before); else NaN
 * @param heardAtBadge arrival: the door side heard it in the badge window
 * @param placedAtBadge arrival: presence at badge placed it AT_DOOR
 * @param baselinePeak the highest 2-s median (uncalibrated) where the baseline would
 * decide: for an arrival within 3 s of reaching 1 m, for a passer anywhere
 */
record Outcome(boolean arrival, boolean atDoor, double recogniseMillis, boolean heardAtBadge, boolean placedAtBadge,
		double baselinePeak) {
}
