package org.cloakroom.kiosk.ble.trace;

import java.time.Instant;
import java.util.function.BiFunction;

import org.cloakroom.kiosk.ble.decode.AdDecoder;
import org.cloakroom.kiosk.ble.decode.AdFields;
import org.cloakroom.kiosk.ble.identity.Resolution;
import org.cloakroom.kiosk.ble.identity.Resolution.NotAPhone;
import org.cloakroom.kiosk.ble.proximity.ProximityTracker;
import org.cloakroom.kiosk.ble.proximity.ZoneListener;
import org.cloakroom.kiosk.ble.transport.Advertisement;

/**
 * Plays trace entries through decode → identity → proximity on the trace's own time,
 * stepping time every 200 ms between packets as the kiosk's scheduler does, so dwell and
 * fading behave as they would live. For {@code ble replay} and the evaluation.
 */
public final class TracePlayer {

	static final long STEP_MILLIS = 200;

	private final ProximityTracker tracker;

	private final BiFunction<TraceEntry, AdFields, Resolution> identify;

	private final ZoneListener listener;

	private long steppedTo = Long.MIN_VALUE;

	private long played;

	private long notPhones;

	/**
	 * @param identify who sent an entry; {@code null} or {@link NotAPhone} skips it
	 */
	public TracePlayer(ProximityTracker tracker, BiFunction<TraceEntry, AdFields, Resolution> identify,
			ZoneListener listener) {
		this.tracker = tracker;
		this.identify = identify;
		this.listener = listener;
	}

	public void play(TraceEntry entry) {
		Advertisement ad = entry.advertisement();
		stepTo(ad.time().toEpochMilli());
		if (!ProximityTracker.plausibleRssi(ad.rssi())) {
			return;
		}
		AdFields fields = AdDecoder.decode(ad);
		Resolution subject = this.identify.apply(entry, fields);
		if (subject == null || subject == NotAPhone.INSTANCE) {
			this.notPhones++;
			return;
		}
		this.played++;
		this.tracker.heard(subject, ad.adapter(), ad.time(), ad.rssi(), ProximityTracker.powerAt1m(fields),
				this.listener);
	}

	/** Steps time on to {@code end}, so that what dwells or fades by then does. */
	public void finish(Instant end) {
		stepTo(end.toEpochMilli());
	}

	/** Advertisements of phones that reached proximity. */
	public long played() {
		return this.played;
	}

	/** Advertisements skipped as not from a phone. */
	public long notPhones() {
		return this.notPhones;
	}

	private void stepTo(long millis) {
		if (this.steppedTo == Long.MIN_VALUE) {
			this.steppedTo = millis - millis % STEP_MILLIS;
			return;
		}
		while (this.steppedTo + STEP_MILLIS <= millis) {
			this.steppedTo += STEP_MILLIS;
			this.tracker.advanceTo(Instant.ofEpochMilli(this.steppedTo), this.listener);
		}
	}

}
