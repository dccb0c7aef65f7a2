package org.cloakroom.kiosk.ble.proximity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cloakroom.kiosk.ble.BadgePresence;
import org.cloakroom.kiosk.ble.BleProperties.Placement;
import org.cloakroom.kiosk.ble.HeardLevel;
import org.cloakroom.kiosk.ble.PhoneCalibration;
import org.cloakroom.kiosk.ble.ProximityProperties;
import org.cloakroom.kiosk.ble.Zone;
import org.cloakroom.kiosk.ble.decode.AdFields;
import org.cloakroom.kiosk.ble.identity.Resolution;
import org.cloakroom.kiosk.ble.identity.Resolution.EnrolledPhone;
import org.cloakroom.kiosk.ble.identity.Resolution.UnenrolledPhone;

/**
 * Follows every phone heard: reads each packet relative to calibration (the adapter's
 * offset, then the identity's spot level where it has one, else the power the device
 * advertises), feeds it to the device's window for the adapter that heard it,
 * re-evaluates the zone on every packet and on every clock step, and tells the listener
 * of accepted changes with their confidence. Enrolled phones keep a short history of
 * their packets, for presence at badge and calibration samples. Unenrolled phones are
 * forgotten once they have faded (their addresses rotate, so their tracks would pile up);
 * enrolled phones are kept. Not thread-safe: the pipeline calls it under its lock.
 */
public final class ProximityTracker {

	private final ProximityProperties rules;

	private final ZoneClassifier classifier;

	private final Timing timing;

	private final AdapterLayout layout;

	private final Calibration calibration;

	private final SpotLevels spots;

	private final boolean[] adapterHeard;

	private final Map<Resolution, DeviceTrack> tracks = new HashMap<>();

	/** One adapter at the door and one inside. */
	public ProximityTracker(ProximityProperties rules, String doorAdapter, String insideAdapter) {
		this(rules, Map.of(doorAdapter, Placement.DOOR, insideAdapter, Placement.INSIDE));
	}

	/** Adapters by name, each with its placement; packets from others place nothing. */
	public ProximityTracker(ProximityProperties rules, Map<String, Placement> placements) {
		this(rules, placements, Map.of());
	}

	/**
	 * Adapters by name with their placements and offsets (dB louder than the reference
	 * adapter, within ±40).
	 */
	public ProximityTracker(ProximityProperties rules, Map<String, Placement> placements,
			Map<String, Double> adapterOffsets) {
		this.rules = rules;
		this.classifier = new ZoneClassifier(rules);
		this.timing = new Timing(rules.window().toMillis(), rules.minSamples(), rules.dwell().toMillis(),
				rules.atDoorDwell().toMillis(), rules.spot().atDoorDwell().toMillis(), rules.fadeAfter().toMillis());
		this.layout = new AdapterLayout(placements);
		this.calibration = new Calibration(rules.referencePowerDbm());
		this.spots = new SpotLevels(this.layout, adapterOffsets,
				rules.atDoorEnterDbm() + rules.spot().atDoorWithinDb());
		this.adapterHeard = new boolean[this.layout.size()];
	}

	/** Whether a controller could have reported this RSSI; others are rejected. */
	public static boolean plausibleRssi(int rssi) {
		return MedianWindow.plausible(rssi);
	}

	/**
	 * The power at 1 m that {@code fields} advertise, for
	 * {@link #heard(Resolution, String, Instant, int, int, ZoneListener)}.
	 */
	public static int powerAt1m(AdFields fields) {
		return Calibration.powerAt1m(fields);
	}

	/**
	 * Replaces the enrolled identities' spot levels; packets from then on are read
	 * against them.
	 */
	public void calibrate(List<PhoneCalibration> calibrations) {
		this.spots.load(calibrations);
		for (DeviceTrack track : this.tracks.values()) {
			if (track.subject instanceof EnrolledPhone phone) {
				track.spots = this.spots.of(phone.phoneId());
			}
		}
	}

	/** A packet from a device that advertises no power. */
	public void heard(Resolution subject, String adapter, Instant time, int rssi, ZoneListener listener) {
		heard(subject, adapter, time, rssi, Calibration.UNKNOWN, listener);
	}

	/**
	 * A packet; {@code powerAt1m} is what the device says it reads at 1 m (see
	 * {@link #powerAt1m(AdFields)}), or {@link Calibration#UNKNOWN}; it counts only for
	 * an identity without a spot level.
	 */
	public void heard(Resolution subject, String adapter, Instant time, int rssi, int powerAt1m,
			ZoneListener listener) {
		DeviceTrack track = this.tracks.get(subject);
		if (track == null) {
			track = newTrack(subject);
		}
		long now = time.toEpochMilli();
		int number = this.layout.numberOf(adapter);
		long identityId = 0;
		if (subject instanceof EnrolledPhone phone) {
			identityId = phone.identityId();
			track.history.add(now, number, identityId, rssi);
		}
		double level = rssi - this.spots.offset(number);
		int spot = (track.spots != null) ? track.spots.indexOf(identityId) : -1;
		if (spot >= 0) {
			track.heard(number, now, (int) Math.round(level + track.spots.shift(spot)), track.spots.confidence(spot),
					true);
		}
		else {
			track.heard(number, now, this.calibration.calibrate((int) Math.round(level), powerAt1m),
					this.rules.spot().uncalibratedTrust(), false);
		}
		if (number >= 0) {
			this.adapterHeard[number] = true;
		}
		evaluate(track, now, listener);
	}

	private DeviceTrack newTrack(Resolution subject) {
		boolean enrolled = subject instanceof EnrolledPhone;
		DeviceTrack track = new DeviceTrack(subject, this.layout.size(), enrolled);
		if (enrolled) {
			track.spots = this.spots.of(((EnrolledPhone) subject).phoneId());
		}
		this.tracks.put(subject, track);
		return track;
	}

	public void advanceTo(Instant now, ZoneListener listener) {
		long millis = now.toEpochMilli();
		Iterator<DeviceTrack> each = this.tracks.values().iterator();
		while (each.hasNext()) {
			DeviceTrack track = each.next();
			evaluate(track, millis, listener);
			if (track.subject.forgottenWhenFaded() && track.zone() == Zone.AWAY
					&& millis - track.lastSeenMillis() >= this.timing.fadeAfterMillis()) {
				each.remove();
			}
		}
	}

	public Optional<Sighting> sighting(Resolution subject) {
		DeviceTrack track = this.tracks.get(subject);
		return (track != null) ? Optional.of(sightingOf(track)) : Optional.empty();
	}

	public List<Sighting> unenrolledIn(Zone zone) {
		List<Sighting> found = new ArrayList<>();
		for (DeviceTrack track : this.tracks.values()) {
			if (track.subject instanceof UnenrolledPhone && track.zone() == zone) {
				found.add(sightingOf(track));
			}
		}
		return found;
	}

	/**
	 * Presence at badge: what the door-side adapters heard of the phone from {@code from}
	 * to {@code to} (see {@link BadgeEvidence}).
	 */
	public BadgePresence atBadge(long phoneId, Instant from, Instant to) {
		DeviceTrack track = this.tracks.get(new EnrolledPhone(phoneId));
		if (track == null) {
			return new BadgePresence(phoneId, 0, 0, null);
		}
		return new BadgeEvidence(this.layout, this.spots, this.classifier, track, this.timing.windowMillis())
			.presence(phoneId, from.toEpochMilli(), to.toEpochMilli());
	}

	/**
	 * Per identity and placed adapter, the raw levels the phone was heard at from
	 * {@code from} to {@code to}: median, median absolute deviation and packets.
	 */
	public List<HeardLevel> levels(long phoneId, Instant from, Instant to) {
		DeviceTrack track = this.tracks.get(new EnrolledPhone(phoneId));
		if (track == null) {
			return List.of();
		}
		PacketHistory history = track.history;
		long start = from.toEpochMilli();
		long end = to.toEpochMilli();
		Map<HeardBy, List<Integer>> heard = new LinkedHashMap<>();
		for (int i = 0; i < history.size(); i++) {
			int slot = history.slot(i);
			long time = history.time(slot);
			int adapter = history.adapter(slot);
			if (time >= start && time <= end && adapter >= 0) {
				heard.computeIfAbsent(new HeardBy(history.identityId(slot), adapter), (key) -> new ArrayList<>())
					.add(history.rssi(slot));
			}
		}
		List<HeardLevel> levels = new ArrayList<>();
		heard.forEach((by, rssis) -> {
			double[] values = rssis.stream().mapToDouble(Integer::doubleValue).toArray();
			double median = Robust.median(values, values.length);
			levels.add(new HeardLevel(by.identityId(), this.layout.nameOf(by.adapter()), median,
					Robust.mad(values, values.length), values.length));
		});
		return levels;
	}

	/**
	 * What the adapters heard so far cannot tell, in words for the health details:
	 * {@code null} when door side and inside both hear phones.
	 */
	public String limits() {
		int doorSide = 0;
		int inside = 0;
		for (int adapter = 0; adapter < this.adapterHeard.length; adapter++) {
			if (this.adapterHeard[adapter]) {
				if (this.layout.doorSide(adapter)) {
					doorSide++;
				}
				else {
					inside++;
				}
			}
		}
		if (doorSide == 0 && inside == 0) {
			return "no placed adapter has heard a phone yet";
		}
		if (inside == 0) {
			return ((doorSide == 1) ? "one adapter" : "door side only")
					+ ": cannot tell inside from the corridor (levels alone place the door)";
		}
		if (doorSide == 0) {
			return ((inside == 1) ? "one adapter" : "inside only") + ": cannot tell the door from the corridor";
		}
		return null;
	}

	/** The placed adapters that have heard a phone, by name. */
	public List<String> adaptersHeard() {
		List<String> heard = new ArrayList<>();
		for (int adapter = 0; adapter < this.adapterHeard.length; adapter++) {
			if (this.adapterHeard[adapter]) {
				heard.add(this.layout.nameOf(adapter));
			}
		}
		return heard;
	}

	public int size() {
		return this.tracks.size();
	}

	private void evaluate(DeviceTrack track, long now, ZoneListener listener) {
		Zone before = track.zone();
		Zone after = track.evaluate(now, this.classifier, this.timing, this.layout);
		if (after != null) {
			listener.zoneChanged(track.subject, before, after, track.lastRssi(), track.confidence(),
					Instant.ofEpochMilli(now));
		}
	}

	private static Sighting sightingOf(DeviceTrack track) {
		return new Sighting(track.subject, track.zone(), track.lastRssi(), track.lastSeen());
	}

	private record HeardBy(long identityId, int adapter) {
	}

	record Timing(long windowMillis, int minSamples, long dwellMillis, long atDoorDwellMillis,
			long calibratedAtDoorDwellMillis, long fadeAfterMillis) {
	}

}
