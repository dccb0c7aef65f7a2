package org.cloakroom.kiosk.ble;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.cloakroom.kiosk.audit.AuditableEvent;
import org.cloakroom.kiosk.ble.decode.AdDecoder;
import org.cloakroom.kiosk.ble.decode.AdFields;
import org.cloakroom.kiosk.ble.identity.IdentityResolver;
import org.cloakroom.kiosk.ble.identity.Resolution;
import org.cloakroom.kiosk.ble.identity.Resolution.NotAPhone;
import org.cloakroom.kiosk.ble.proximity.ProximityTracker;
import org.cloakroom.kiosk.ble.proximity.Sighting;
import org.cloakroom.kiosk.ble.proximity.ZoneListener;
import org.cloakroom.kiosk.ble.transport.Advertisement;
import org.cloakroom.kiosk.ble.transport.AdvertisementSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;

/**
 * decode → identity → proximity for every advertisement, under one lock (transports may
 * deliver from several threads; the web reads sightings). Events are published after the
 * lock is released, in order, so a slow listener never blocks readers. Nothing throws out
 * of it: malformed input is counted, and an unexpected failure is counted and logged.
 */
final class BlePipeline implements AdvertisementSink {

	private static final Logger logger = LoggerFactory.getLogger(BlePipeline.class);

	private final Object lock = new Object();

	private final IdentityResolver identities;

	private final ProximityTracker proximity;

	private final ApplicationEventPublisher events;

	private final BleCounters counters = new BleCounters();

	private final List<AuditableEvent> pending = new ArrayList<>();

	private final ZoneListener onZoneChange = this::zoneChanged;

	private final Supplier<List<PhoneCalibration>> calibrations;

	/** Set when the phone calibrations changed: they are reloaded before the next use. */
	private volatile boolean calibrationsStale = true;

	BlePipeline(IdentityResolver identities, ProximityTracker proximity, ApplicationEventPublisher events) {
		this(identities, proximity, List::of, events);
	}

	/**
	 * @param calibrations the enrolled identities' spot levels, read at first use and
	 * again after {@link PhoneCalibrationsChanged}
	 */
	BlePipeline(IdentityResolver identities, ProximityTracker proximity, Supplier<List<PhoneCalibration>> calibrations,
			ApplicationEventPublisher events) {
		this.identities = identities;
		this.proximity = proximity;
		this.calibrations = calibrations;
		this.events = events;
	}

	@Override
	public void accept(Advertisement advertisement) {
		this.counters.advertisements.increment();
		List<AuditableEvent> changes;
		synchronized (this.lock) {
			try {
				calibrateIfStale();
				process(advertisement);
			}
			catch (RuntimeException ex) {
				failed("an advertisement", ex);
			}
			changes = drainPending();
		}
		publish(changes);
	}

	@Override
	public void advanceTo(Instant now) {
		List<AuditableEvent> changes;
		synchronized (this.lock) {
			try {
				this.proximity.advanceTo(now, this.onZoneChange);
			}
			catch (RuntimeException ex) {
				failed("the clock step to " + now, ex);
			}
			changes = drainPending();
		}
		publish(changes);
	}

	/** Enrolled identities changed: the resolver reloads them before its next use. */
	@EventListener
	void identitiesChanged(EnrolledIdentitiesChanged changed) {
		this.identities.invalidate();
	}

	/** Phone calibrations changed: proximity reloads them before its next use. */
	@EventListener
	void calibrationsChanged(PhoneCalibrationsChanged changed) {
		this.calibrationsStale = true;
	}

	BadgePresence atBadge(long phoneId, Instant from, Instant to) {
		synchronized (this.lock) {
			calibrateIfStale();
			return this.proximity.atBadge(phoneId, from, to);
		}
	}

	List<HeardLevel> levels(long phoneId, Instant from, Instant to) {
		synchronized (this.lock) {
			return this.proximity.levels(phoneId, from, to);
		}
	}

	/** What the adapters heard so far cannot tell ({@code null}: nothing). */
	String proximityLimits() {
		synchronized (this.lock) {
			return this.proximity.limits();
		}
	}

	List<String> adaptersHeard() {
		synchronized (this.lock) {
			return this.proximity.adaptersHeard();
		}
	}

	/**
	 * Under the lock. A failure to load keeps the spot levels proximity has, and tries
	 * again on the next packet.
	 */
	private void calibrateIfStale() {
		if (!this.calibrationsStale) {
			return;
		}
		this.calibrationsStale = false;
		try {
			this.proximity.calibrate(this.calibrations.get());
		}
		catch (RuntimeException ex) {
			this.calibrationsStale = true;
			failed("loading the phone calibrations", ex);
		}
	}

	Optional<Sighting> sighting(Resolution subject) {
		synchronized (this.lock) {
			return this.proximity.sighting(subject);
		}
	}

	List<Sighting> unenrolledIn(Zone zone) {
		synchronized (this.lock) {
			return this.proximity.unenrolledIn(zone);
		}
	}

	BleCounters counters() {
		return this.counters;
	}

	private void process(Advertisement advertisement) {
		if (!ProximityTracker.plausibleRssi(advertisement.rssi())) {
			this.counters.malformed.increment();
			return;
		}
		AdFields fields = AdDecoder.decode(advertisement);
		if (fields.malformed() > 0) {
			this.counters.malformed(fields.problems());
		}
		Resolution subject = this.identities.resolve(advertisement.address(), advertisement.addressType(), fields,
				advertisement.time());
		if (subject == NotAPhone.INSTANCE) {
			this.counters.notPhones.increment();
			return;
		}
		this.proximity.heard(subject, advertisement.adapter(), advertisement.time(), advertisement.rssi(),
				ProximityTracker.powerAt1m(fields), this.onZoneChange);
		this.counters.devicesTracked = this.proximity.size();
	}

	private void zoneChanged(Resolution subject, Zone from, Zone to, double filteredRssi, double confidence,
			Instant at) {
		subject.zoneChanged(from, to, filteredRssi, confidence, at).ifPresent(this.pending::add);
	}

	private List<AuditableEvent> drainPending() {
		this.counters.devicesTracked = this.proximity.size();
		if (this.pending.isEmpty()) {
			return List.of();
		}
		List<AuditableEvent> drained = List.copyOf(this.pending);
		this.pending.clear();
		return drained;
	}

	private void publish(List<AuditableEvent> changes) {
		if (changes.isEmpty()) {
			return;
		}
		for (AuditableEvent event : changes) {
			try {
				this.events.publishEvent(event);
			}
			catch (RuntimeException ex) {
				this.counters.publishFailures.increment();
				logger.error("A listener failed on " + event.type() + " for " + event.subject()
						+ "; BLE goes on with the next advertisement", ex);
			}
		}
	}

	private void failed(String what, RuntimeException ex) {
		this.counters.failed.increment();
		long failures = this.counters.failed.sum();
		if (failures == 1 || failures % 10_000 == 0) {
			logger.error("The BLE pipeline failed on " + what + " (failure " + failures + "; later ones are "
					+ "counted in the ble health details and logged every 10000)", ex);
		}
	}

}
