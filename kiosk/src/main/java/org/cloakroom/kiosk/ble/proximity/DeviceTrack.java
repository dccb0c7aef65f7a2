package org.cloakroom.kiosk.ble.proximity;

import java.time.Instant;

import org.cloakroom.kiosk.ble.Zone;
import org.cloakroom.kiosk.ble.identity.Resolution;

/**
 * One device as proximity follows it: a median window per placed adapter, the accepted
 * zone and its confidence, the candidate zone that is dwelling before it is accepted,
 * and, for an enrolled phone, its spot levels and the history of its last packets.
 */
final class DeviceTrack {

	private static final int DOOR = 0;

	private static final int INSIDE = 1;

	/**
	 * The filtered RSSI reported before any adapter has a median: HCI's floor, so that
	 * events and sightings never carry NaN.
	 */
	static final double NOTHING_HEARD = -127;

	/**
	 * A phone that went quiet: as likely locked in a drawer as gone, so a fade is a coin
	 * toss.
	 */
	static final double FADE_CONFIDENCE = 0.5;

	final Resolution subject;

	private final MedianWindow[] windows;

	/** The enrolled phone's last packets; {@code null} for others. */
	final PacketHistory history;

	/** The enrolled phone's spot levels; {@code null} when it has none. */
	SpotLevels.PhoneSpots spots;

	private Zone zone = Zone.AWAY;

	/** The zone before the last accepted change. */
	private Zone previous = Zone.AWAY;

	private double confidence = 1;

	private Zone candidate;

	private long candidateSince;

	private long lastSeen = Long.MIN_VALUE;

	/** How far the last packet's levels can be trusted: its calibration's confidence. */
	private double trust;

	private boolean calibrated;

	private final double[] lastMedian = { Double.NaN, Double.NaN };

	/** The windows that decided the last evaluation (−1: none). */
	private int doorWindow = -1;

	private int insideWindow = -1;

	DeviceTrack(Resolution subject, int adapters, boolean keepsHistory) {
		this.subject = subject;
		this.windows = new MedianWindow[adapters];
		this.history = keepsHistory ? new PacketHistory() : null;
	}

	/**
	 * Records a packet, already calibrated; {@code adapter} is a number of the layout, or
	 * {@link AdapterLayout#UNPLACED}, which counts as heard but places nothing;
	 * {@code trust} is how far its level can be trusted and {@code calibrated} whether it
	 * was read against a spot level.
	 */
	void heard(int adapter, long timeMillis, int level, double trust, boolean calibrated) {
		this.lastSeen = Math.max(this.lastSeen, timeMillis);
		this.trust = trust;
		this.calibrated = calibrated;
		if (adapter >= 0) {
			if (this.windows[adapter] == null) {
				this.windows[adapter] = new MedianWindow();
			}
			this.windows[adapter].add(timeMillis, level);
		}
	}

	/**
	 * Re-evaluates at {@code now}; returns the newly accepted zone, or {@code null} if it
	 * did not change.
	 */
	Zone evaluate(long now, ZoneClassifier classifier, ProximityTracker.Timing timing, AdapterLayout layout) {
		if (this.zone != Zone.AWAY && now - this.lastSeen >= timing.fadeAfterMillis()) {
			this.confidence = FADE_CONFIDENCE * this.trust;
			return accept(Zone.AWAY);
		}
		double door = Double.NaN;
		double inside = Double.NaN;
		this.doorWindow = -1;
		this.insideWindow = -1;
		for (int adapter = 0; adapter < this.windows.length; adapter++) {
			double median = filtered(adapter, now, timing);
			if (Double.isNaN(median)) {
				continue;
			}
			if (layout.doorSide(adapter)) {
				if (Double.isNaN(door) || median > door) {
					door = median;
					this.doorWindow = adapter;
				}
			}
			else if (Double.isNaN(inside) || median > inside) {
				inside = median;
				this.insideWindow = adapter;
			}
		}
		remember(DOOR, door);
		remember(INSIDE, inside);
		Zone evidence = classifier.classify(this.zone, door, inside);
		Zone accepted = decide(evidence, now, timing);
		if (accepted != null) {
			this.confidence = confidenceOf(classifier.margin(this.previous, accepted, door, inside), accepted);
		}
		return accepted;
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
		long dwell = (evidence != Zone.AT_DOOR) ? timing.dwellMillis()
				: this.calibrated ? timing.calibratedAtDoorDwellMillis() : timing.atDoorDwellMillis();
		return (now - this.candidateSince >= dwell) ? accept(evidence) : null;
	}

	/**
	 * The deciding median's margin beyond its boundary against the spread of its window
	 * (see {@link Robust#beyond}), times the trust in the levels where the levels decide:
	 * into and out of INSIDE the door side and the inside are compared, and the phone's
	 * own level (what calibration is for) cancels, so the comparison's margin alone says
	 * how sure it is.
	 */
	private double confidenceOf(double marginDb, Zone accepted) {
		boolean compared = accepted == Zone.INSIDE || this.previous == Zone.INSIDE;
		double trust = compared ? 1 : this.trust;
		int deciding = (accepted == Zone.INSIDE || this.doorWindow < 0) ? this.insideWindow : this.doorWindow;
		if (deciding < 0) {
			return 0.5 * trust;
		}
		MedianWindow window = this.windows[deciding];
		return Robust.beyond(marginDb, window.spread(), window.count()) * trust;
	}

	private double filtered(int adapter, long now, ProximityTracker.Timing timing) {
		MedianWindow window = this.windows[adapter];
		if (window == null) {
			return Double.NaN;
		}
		window.expire(now - timing.windowMillis());
		return window.median(timing.minSamples());
	}

	private void remember(int side, double median) {
		if (!Double.isNaN(median)) {
			this.lastMedian[side] = median;
		}
	}

	private Zone accept(Zone next) {
		this.previous = this.zone;
		this.zone = next;
		this.candidate = null;
		return next;
	}

	Zone zone() {
		return this.zone;
	}

	/** How sure proximity was of the zone when it accepted it, 0 to 1. */
	double confidence() {
		return this.confidence;
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
