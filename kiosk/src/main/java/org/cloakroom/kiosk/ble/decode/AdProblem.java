package org.cloakroom.kiosk.ble.decode;

/**
 * One skipped part: what was wrong, the AD type or frame it was in, and where it started
 * in the raw bytes ({@code -1} when decoded from BlueZ's maps, which have no offsets).
 */
public record AdProblem(Malformation kind, String in, int offset) {

	public AdProblem {
		if (kind == null) {
			throw new IllegalArgumentException("An AD problem needs its kind");
		}
	}

}
