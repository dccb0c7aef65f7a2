package org.cloakroom.kiosk.ble.evaluation;

/**
 * A walk stitched from real packets: times in milliseconds from the episode's start.
 *
 * @param arrival an arrival (walks in through 1 m to the spot and stays) or a passer
 * (4→3→2→3→4 m)
 * @param reachMillis when an arrival reached 1 m, the start of its 1 m segment (a passer:
 * its closest approach)
 * @param endMillis when the episode ends
 */
record Episode(boolean arrival, long[] times, int[] rssis, long reachMillis, long endMillis) {
}
