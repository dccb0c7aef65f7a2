package org.cloakroom.kiosk.ble.proximity;

import org.cloakroom.kiosk.ble.BadgePresence;
import org.cloakroom.kiosk.ble.Zone;

/**
 * Presence at badge from an enrolled phone's packet history: the door-side packets in the
 * window are counted (heard at all); the calibrated ones (identities with a spot level)
 * are read against the spot and placed as a phone coming from the corridor would be
 * (entering levels, no hysteresis), beside the inside adapters' packets of the same
 * window. An uncalibrated phone, or one not heard, gets no proximity: it is never
 * guessed. The confidence is {@link Robust#beyond} of the door-side median's margin
 * beyond the placing boundary, times the calibrations' mean confidence; 0 without a
 * proximity.
 */
final class BadgeEvidence {

	private final AdapterLayout layout;

	private final SpotLevels spots;

	private final ZoneClassifier classifier;

	private final DeviceTrack track;

	BadgeEvidence(AdapterLayout layout, SpotLevels spots, ZoneClassifier classifier, DeviceTrack track) {
		this.layout = layout;
		this.spots = spots;
		this.classifier = classifier;
		this.track = track;
	}

	BadgePresence presence(long phoneId, long from, long to) {
		PacketHistory history = this.track.history;
		SpotLevels.PhoneSpots phoneSpots = this.track.spots;
		double[] door = new double[history.size()];
		double[] inside = new double[history.size()];
		int packets = 0;
		int doorCalibrated = 0;
		int insideCalibrated = 0;
		double trust = 0;
		for (int i = 0; i < history.size(); i++) {
			int slot = history.slot(i);
			long time = history.time(slot);
			int adapter = history.adapter(slot);
			if (time < from || time > to || adapter < 0) {
				continue;
			}
			boolean doorSide = this.layout.doorSide(adapter);
			if (doorSide) {
				packets++;
			}
			int spot = (phoneSpots != null) ? phoneSpots.indexOf(history.identityId(slot)) : -1;
			if (spot < 0) {
				continue;
			}
			double level = history.rssi(slot) - this.spots.offset(adapter) + phoneSpots.shift(spot);
			if (doorSide) {
				door[doorCalibrated++] = level;
				trust += phoneSpots.confidence(spot);
			}
			else {
				inside[insideCalibrated++] = level;
			}
		}
		if (doorCalibrated == 0) {
			return new BadgePresence(phoneId, packets, 0, null);
		}
		double doorMedian = Robust.median(door, doorCalibrated);
		double insideMedian = Robust.median(inside, insideCalibrated);
		Zone proximity = this.classifier.classify(Zone.AWAY, doorMedian, insideMedian);
		double margin = this.classifier.margin(Zone.AWAY, proximity, doorMedian, insideMedian);
		double confidence = Robust.beyond(margin, Robust.mad(door, doorCalibrated), doorCalibrated)
				* (trust / doorCalibrated);
		return new BadgePresence(phoneId, packets, confidence, proximity);
	}

}
