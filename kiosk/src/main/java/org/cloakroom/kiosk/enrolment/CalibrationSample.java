package org.cloakroom.kiosk.enrolment;

import java.time.Instant;

/**
 * One calibration sample: what one adapter heard of one identity of a phone at the
 * kiosk's spot, and whether the phone calibration uses it ({@code verdict}).
 *
 * @param identityId the identity (enrolment's {@code ble_identity} row)
 * @param adapter the adapter, by its OS name
 * @param levelDbm the median RSSI of the stretch
 * @param spreadDb the median absolute deviation of the stretch's RSSI
 * @param packets how many packets the stretch held
 * @param source enrolment or badge-in
 * @param takenAt the end of the stretch
 * @param verdict whether the estimate uses it, or why not
 */
public record CalibrationSample(long identityId, String adapter, double levelDbm, double spreadDb, int packets,
		CalibrationSource source, Instant takenAt, SampleVerdict verdict) {

	CalibrationSample judged(SampleVerdict verdict) {
		return new CalibrationSample(this.identityId, this.adapter, this.levelDbm, this.spreadDb, this.packets,
				this.source, this.takenAt, verdict);
	}

}
