package org.cloakroom.kiosk.ble.proximity;

import org.cloakroom.kiosk.ble.decode.AdFields;

/**
 * Calibration by advertised power: path loss is what counts, so a packet is shifted by
 * how much louder or quieter the device says it is at 1 m than the reference phone the
 * zone levels are set for. iBeacon's measured power is already at 1 m; Eddystone's
 * ranging power and the TX Power Level are at 0 m, and the usual 41 dB of free-space loss
 * to 1 m (Eddystone's convention) converts them. Claims outside what a radio can do are
 * ignored, and the shift is bounded, so one bogus frame cannot throw a phone across the
 * room.
 */
public final class Calibration {

	/** The device advertises no power. */
	public static final int UNKNOWN = Integer.MIN_VALUE;

	static final int LOSS_TO_1M_DB = 41;

	static final int MAX_SHIFT_DB = 25;

	private final int referenceAt1m;

	Calibration(int referenceAt1m) {
		this.referenceAt1m = referenceAt1m;
	}

	static int powerAt1m(AdFields fields) {
		if (fields.iBeacon() != null) {
			return plausibleAt1m(fields.iBeacon().measuredPower());
		}
		if (fields.eddystoneUid() != null) {
			return plausibleAt1m(fields.eddystoneUid().rangingPower() - LOSS_TO_1M_DB);
		}
		Integer txPower = fields.txPower();
		return (txPower != null) ? plausibleAt1m(txPower - LOSS_TO_1M_DB) : UNKNOWN;
	}

	private static int plausibleAt1m(int dbm) {
		return (dbm >= -110 && dbm <= -20) ? dbm : UNKNOWN;
	}

	/** The RSSI the reference phone would have read on the same path. */
	int calibrate(int rssi, int powerAt1m) {
		if (powerAt1m == UNKNOWN) {
			return rssi;
		}
		int shift = Math.max(-MAX_SHIFT_DB, Math.min(MAX_SHIFT_DB, this.referenceAt1m - powerAt1m));
		return rssi + shift;
	}

}
