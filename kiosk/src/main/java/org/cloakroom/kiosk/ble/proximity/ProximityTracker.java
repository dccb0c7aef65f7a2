package org.cloakroom.kiosk.ble.proximity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cloakroom.kiosk.ble.ProximityProperties;
import org.cloakroom.kiosk.ble.Zone;
import org.cloakroom.kiosk.ble.identity.Resolution;
import org.cloakroom.kiosk.ble.identity.Resolution.UnenrolledPhone;

/**
 * Follows every phone heard: feeds each packet to the device's window for the adapter
 * that heard it, re-evaluates the zone on every packet and on every clock step, and tells
 * the listener of accepted changes. Unenrolled phones are forgotten once they have faded
 * (their addresses rotate, so their tracks would pile up); enrolled phones are kept. Not
 * thread-safe: the pipeline calls it under its lock.
 */
public final class ProximityTracker {

	private final ZoneClassifier classifier;

	private final Timing timing;

	private final String doorAdapter;

	private final String insideAdapter;

	private final Map<Resolution, DeviceTrack> tracks = new HashMap<>();

	public ProximityTracker(ProximityProperties rules, String doorAdapter, String insideAdapter) {
		this.classifier = new ZoneClassifier(rules);
		this.timing = new Timing(rules.window().toMillis(), rules.minSamples(), rules.dwell().toMillis(),
				rules.fadeAfter().toMillis());
		this.doorAdapter = doorAdapter;
		this.insideAdapter = insideAdapter;
	}

	/** Whether a controller could have reported this RSSI; others are rejected. */
	public static boolean plausibleRssi(int rssi) {
		return MedianWindow.plausible(rssi);
	}

	public void heard(Resolution subject, String adapter, Instant time, int rssi, ZoneListener listener) {
		DeviceTrack track = this.tracks.computeIfAbsent(subject, DeviceTrack::new);
		long now = time.toEpochMilli();
		track.heard(adapterIndex(adapter), now, rssi);
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
		Zone after = track.evaluate(now, this.classifier, this.timing);
		if (after != null) {
			listener.zoneChanged(track.subject, before, after, track.lastRssi(), Instant.ofEpochMilli(now));
		}
	}

	private int adapterIndex(String adapter) {
		if (this.doorAdapter.equals(adapter)) {
			return DeviceTrack.DOOR;
		}
		return this.insideAdapter.equals(adapter) ? DeviceTrack.INSIDE : -1;
	}

	private static Sighting sightingOf(DeviceTrack track) {
		return new Sighting(track.subject, track.zone(), track.lastRssi(), track.lastSeen());
	}

	record Timing(long windowMillis, int minSamples, long dwellMillis, long fadeAfterMillis) {
	}

}
