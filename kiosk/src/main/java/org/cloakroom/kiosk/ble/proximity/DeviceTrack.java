package org.cloakroom.kiosk.ble.proximity;

import java.time.Instant;

import org.cloakroom.kiosk.ble.Zone;
import org.cloakroom.kiosk.ble.identity.Resolution;

/**
 * One device as proximity follows it: a median window per adapter, the accepted zone, and
 * the candidate zone that is dwelling before it is accepted.
 */
final class DeviceTrack {

	static final int DOOR = 0;

	static final int INSIDE = 1;

	/**
	 * The filtered RSSI reported before any adapter has a median: HCI's floor, so that
	 * events and sightings never carry NaN.
	 */
	static final double NOTHING_HEARD = -127;

	final Resolution subject;

	private final MedianWindow[] windows = { new MedianWindow(), new MedianWindow() };

	private Zone zone = Zone.AWAY;

	private Zone candidate;

	private long candidateSince;

	private long lastSeen = Long.MIN_VALUE;

	private final double[] lastMedian = { Double.NaN, Double.NaN };

	DeviceTrack(Resolution subject) {
		this.subject = subject;
	}

	/**
	 * Records a packet; {@code adapter} is DOOR, INSIDE, or -1 for an unplaced adapter.
	 */
	void heard(int adapter, long timeMillis, int rssi) {
		this.lastSeen = Math.max(this.lastSeen, timeMillis);
		if (adapter >= 0) {
			this.windows[adapter].add(timeMillis, rssi);
		}
	}

	/**
	 * Re-evaluates at {@code now}; returns the newly accepted zone, or {@code null} if it
	 * did not change.
	 */
	Zone evaluate(long now, ZoneClassifier classifier, ProximityTracker.Timing timing) {
		if (this.zone != Zone.AWAY && now - this.lastSeen >= timing.fadeAfterMillis()) {
			return accept(Zone.AWAY);
		}
		double door = filtered(DOOR, now, timing);
		double inside = filtered(INSIDE, now, timing);
		Zone evidence = classifier.classify(this.zone, door, inside);
		if (evidence == null || evidence == this.zone) {
			this.candidate = null;
			return null;
		}
		if (evidence != this.candidate) {
			this.candidate = evidence;
			this.candidateSince = now;
		}
		return (now - this.candidateSince >= timing.dwellMillis()) ? accept(evidence) : null;
	}

	private double filtered(int adapter, long now, ProximityTracker.Timing timing) {
		MedianWindow window = this.windows[adapter];
		window.expire(now - timing.windowMillis());
		double median = window.median(timing.minSamples());
		if (!Double.isNaN(median)) {
			this.lastMedian[adapter] = median;
		}
		return median;
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
	 * The last median of the adapter that places the current zone (inside for INSIDE,
	 * else the door), else of the other adapter, else {@link #NOTHING_HEARD}.
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
