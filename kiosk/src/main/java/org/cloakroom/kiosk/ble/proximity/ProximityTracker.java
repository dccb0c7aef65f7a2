package org.cloakroom.kiosk.ble.proximity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cloakroom.kiosk.ble.BleProperties.Placement;
import org.cloakroom.kiosk.ble.ProximityProperties;
import org.cloakroom.kiosk.ble.Zone;
import org.cloakroom.kiosk.ble.decode.AdFields;
import org.cloakroom.kiosk.ble.identity.Resolution;
import org.cloakroom.kiosk.ble.identity.Resolution.UnenrolledPhone;

/**
 * Follows every phone heard: feeds each packet, calibrated by the power the device
 * advertises where it does, to the device's window for the adapter that heard it,
 * re-evaluates the zone on every packet and on every clock step, and tells the listener
 * of accepted changes. Unenrolled phones are forgotten once they have faded (their
 * addresses rotate, so their tracks would pile up); enrolled phones are kept. Not
 * thread-safe: the pipeline calls it under its lock.
 */
public final class ProximityTracker {

	private final ZoneClassifier classifier;

	private final Timing timing;

	private final AdapterLayout layout;

	private final Calibration calibration;

	private final Map<Resolution, DeviceTrack> tracks = new HashMap<>();

	/** One adapter at the door and one inside. */
	public ProximityTracker(ProximityProperties rules, String doorAdapter, String insideAdapter) {
		this(rules, Map.of(doorAdapter, Placement.DOOR, insideAdapter, Placement.INSIDE));
	}

	/** Adapters by name, each with its placement; packets from others place nothing. */
	public ProximityTracker(ProximityProperties rules, Map<String, Placement> placements) {
		this.classifier = new ZoneClassifier(rules);
		this.timing = new Timing(rules.window().toMillis(), rules.minSamples(), rules.dwell().toMillis(),
				rules.atDoorDwell().toMillis(), rules.fadeAfter().toMillis());
		this.layout = new AdapterLayout(placements);
		this.calibration = new Calibration(rules.referencePowerDbm());
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

	/** A packet from a device that advertises no power. */
	public void heard(Resolution subject, String adapter, Instant time, int rssi, ZoneListener listener) {
		heard(subject, adapter, time, rssi, Calibration.UNKNOWN, listener);
	}

	/**
	 * A packet; {@code powerAt1m} is what the device says it reads at 1 m (see
	 * {@link #powerAt1m(AdFields)}), or {@link Calibration#UNKNOWN}.
	 */
	public void heard(Resolution subject, String adapter, Instant time, int rssi, int powerAt1m,
			ZoneListener listener) {
		DeviceTrack track = this.tracks.get(subject);
		if (track == null) {
			track = new DeviceTrack(subject, this.layout.size());
			this.tracks.put(subject, track);
		}
		long now = time.toEpochMilli();
		track.heard(this.layout.numberOf(adapter), now, this.calibration.calibrate(rssi, powerAt1m));
		evaluate(track, now, listener);
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

	public int size() {
		return this.tracks.size();
	}

	private void evaluate(DeviceTrack track, long now, ZoneListener listener) {
		Zone before = track.zone();
		Zone after = track.evaluate(now, this.classifier, this.timing, this.layout);
		if (after != null) {
			listener.zoneChanged(track.subject, before, after, track.lastRssi(), 1.0, Instant.ofEpochMilli(now));
		}
	}

	private static Sighting sightingOf(DeviceTrack track) {
		return new Sighting(track.subject, track.zone(), track.lastRssi(), track.lastSeen());
	}

	record Timing(long windowMillis, int minSamples, long dwellMillis, long atDoorDwellMillis, long fadeAfterMillis) {
	}

}
