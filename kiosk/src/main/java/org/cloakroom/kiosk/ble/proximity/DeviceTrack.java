package org.cloakroom.kiosk.ble.proximity;

import java.time.Instant;

import org.cloakroom.kiosk.ble.Zone;
import org.cloakroom.kiosk.ble.identity.Resolution;

/**
 * One device as proximity follows it: a median window per placed adapter, the accepted
 * zone, and the candidate zone that is dwelling before it is accepted.
 */
final class DeviceTrack {

	private static final int DOOR = 0;

	private static final int INSIDE = 1;

	/**
	 * The filtered RSSI reported before any adapter has a median: HCI's floor, so that
	 * events and sightings never carry NaN.
	 */
	static final double NOTHING_HEARD = -127;

	final Resolution subject;

	private final MedianWindow[] windows;

	private Zone zone = Zone.AWAY;

	private Zone candidate;

	private long candidateSince;

	private long lastSeen = Long.MIN_VALUE;

	private final double[] lastMedian = { Double.NaN, Double.NaN };

	DeviceTrack(Resolution subject, int adapters) {
		this.subject = subject;
		this.windows = new MedianWindow[adapters];
	}

	/**
	 * Records a packet; {@code adapter} is a number of the layout, or
	 * {@link AdapterLayout#UNPLACED}, which counts as heard but places nothing.
	 */
	void heard(int adapter, long timeMillis, int rssi) {
		this.lastSeen = Math.max(this.lastSeen, timeMillis);
		if (adapter >= 0) {
			if (this.windows[adapter] == null) {
				this.windows[adapter] = new MedianWindow();
			}
			this.windows[adapter].add(timeMillis, rssi);
		}
	}

	/**
	 * Re-evaluates at {@code now}; returns the newly accepted zone, or {@code null} if it
	 * did not change.
	 */
	Zone evaluate(long now, ZoneClassifier classifier, ProximityTracker.Timing timing, AdapterLayout layout) {
		if (this.zone != Zone.AWAY && now - this.lastSeen >= timing.fadeAfterMillis()) {
			return accept(Zone.AWAY);
		}
		double door = Double.NaN;
		double inside = Double.NaN;
		for (int adapter = 0; adapter < this.windows.length; adapter++) {
			double median = filtered(adapter, now, timing);
			if (layout.doorSide(adapter)) {
				door = strongest(door, median);
			}
			else {
				inside = strongest(inside, median);
			}
		}
		remember(DOOR, door);
		remember(INSIDE, inside);
		return decide(classifier.classify(this.zone, door, inside), now, timing);
	}

	private Zone decide(Zone evidence, long now, ProximityTracker.Timing timing) {
		if (evidence == null) {
			return null; // no packets in the window: no news, which is no
							// counter-evidence
		}
		if (evidence == this.zone) {
			this.candidate = null;
			return null;
		}
		if (evidence != this.candidate) {
			this.candidate = evidence;
			this.candidateSince = now;
		}
		long dwell = (evidence == Zone.AT_DOOR) ? timing.atDoorDwellMillis() : timing.dwellMillis();
		return (now - this.candidateSince >= dwell) ? accept(evidence) : null;
	}

	private double filtered(int adapter, long now, ProximityTracker.Timing timing) {
		MedianWindow window = this.windows[adapter];
		if (window == null) {
			return Double.NaN;
		}
		window.expire(now - timing.windowMillis());
		return window.median(timing.minSamples());
	}

	private static double strongest(double a, double b) {
		if (Double.isNaN(a)) {
			return b;
		}
		return Double.isNaN(b) ? a : Math.max(a, b);
	}

	private void remember(int side, double median) {
		if (!Double.isNaN(median)) {
			this.lastMedian[side] = median;
		}
	}

	private Zone accept(Zone next) {
		this.zone = next;
		this.candidate = null;
		return next;
	}

	Zone zone() {
		return this.zone;
	}

	/**
	 * The last median of the side that places the current zone (inside for INSIDE, else
	 * the door), else of the other side, else {@link #NOTHING_HEARD}.
	 */
	double lastRssi() {
		int placing = (this.zone == Zone.INSIDE) ? INSIDE : DOOR;
		double rssi = this.lastMedian[placing];
		if (Double.isNaN(rssi)) {
			rssi = this.lastMedian[1 - placing];
		}
		return Double.isNaN(rssi) ? NOTHING_HEARD : rssi;
	}

	Instant lastSeen() {
		return (this.lastSeen == Long.MIN_VALUE) ? null : Instant.ofEpochMilli(this.lastSeen);
	}

	long lastSeenMillis() {
		return this.lastSeen;
	}

}
