package org.cloakroom.kiosk.ble.proximity;

import java.util.Arrays;

import org.cloakroom.kiosk.ble.BadgePresence;
import org.cloakroom.kiosk.ble.Zone;

/**
 * Presence at badge from an enrolled phone's packet history: the door-side packets in the
 * window are counted (heard at all); the calibrated ones (identities with a spot level)
 * are read against the spot and placed as a phone coming from the corridor would be
 * (entering levels, no hysteresis), beside the inside adapters' packets of the same
 * window. The door side's level is its loudest median over one proximity window within
 * the badge's: the employee walked in during the window and stood at the spot for part of
 * it, and the walk must not outvote the spot. An uncalibrated phone, or one not heard,
 * gets no proximity: it is never guessed. The confidence is {@link Robust#beyond} of that
 * median's margin beyond the door's leaving levels (the employee stands at the spot; the
 * question is whether the phone is there with them), against its stretch's spread, times
 * the calibrations' mean confidence; 0 without a proximity.
 */
final class BadgeEvidence {

	private final AdapterLayout layout;

	private final SpotLevels spots;

	private final ZoneClassifier classifier;

	private final DeviceTrack track;

	private final long windowMillis;

	BadgeEvidence(AdapterLayout layout, SpotLevels spots, ZoneClassifier classifier, DeviceTrack track,
			long windowMillis) {
		this.layout = layout;
		this.spots = spots;
		this.classifier = classifier;
		this.track = track;
		this.windowMillis = windowMillis;
	}

	BadgePresence presence(long phoneId, long from, long to) {
		PacketHistory history = this.track.history;
		SpotLevels.PhoneSpots phoneSpots = this.track.spots;
		double[] door = new double[history.size()];
		long[] doorTimes = new long[history.size()];
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
				doorTimes[doorCalibrated] = time;
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
		int[] loudest = loudestStretch(door, doorTimes, doorCalibrated);
		int n = loudest[1] - loudest[0];
		double[] stretch = Arrays.copyOfRange(door, loudest[0], loudest[1]);
		double doorMedian = Robust.median(stretch, n);
		double insideMedian = Robust.median(inside, insideCalibrated);
		Zone proximity = this.classifier.classify(Zone.AWAY, doorMedian, insideMedian);
		// the employee who badged stands at the spot, so the phone's question is whether
		// it
		// stayed there with them: its margin is measured from the door's leaving levels,
		// as
		// for a phone already at the door (the entering level, within a dB of the spot,
		// places it; it does not say how sure that is)
		double margin = this.classifier.margin(Zone.AT_DOOR, proximity, doorMedian, insideMedian);
		double confidence = Robust.beyond(margin, Robust.mad(stretch, n), n) * (trust / doorCalibrated);
		return new BadgePresence(phoneId, packets, confidence, proximity);
	}

	/**
	 * The stretch {@code [from, to)} of packets (in time order) within one window whose
	 * median is the loudest; of equally loud ones, the one with most packets (the
	 * surest).
	 */
	private int[] loudestStretch(double[] levels, long[] times, int n) {
		double[] scratch = new double[n];
		int[] best = { 0, n };
		double loudest = Double.NEGATIVE_INFINITY;
		int from = 0;
		for (int to = 1; to <= n; to++) {
			while (times[from] <= times[to - 1] - this.windowMillis) {
				from++;
			}
			System.arraycopy(levels, from, scratch, 0, to - from);
			double median = Robust.median(scratch, to - from);
			if (median > loudest || (median == loudest && to - from > best[1] - best[0])) {
				loudest = median;
				best = new int[] { from, to };
			}
		}
		return best;
	}

}
