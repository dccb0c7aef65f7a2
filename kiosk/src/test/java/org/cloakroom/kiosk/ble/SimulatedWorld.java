package org.cloakroom.kiosk.ble;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.ble.identity.IdentityResolver;
import org.cloakroom.kiosk.ble.proximity.ProximityTracker;
import org.cloakroom.kiosk.ble.simulated.SimulatedRadio;
import org.cloakroom.kiosk.ble.transport.Advertisement;
import org.cloakroom.kiosk.ble.transport.AdvertisementSink;

/**
 * The seeded simulated radio wired to the real pipeline without Spring: tests move the
 * clock and step the radio as the scheduler would, every 200 ms.
 */
final class SimulatedWorld {

	static final Duration STEP = Duration.ofMillis(200);

	final MutableClock clock = MutableClock.startingAt("2026-11-22T09:00:00Z");

	final List<EnrolledIdentity> enrolled = new ArrayList<>();

	final List<Object> events = new ArrayList<>();

	final Set<BleAddress> addressesHeard = new LinkedHashSet<>();

	final SimulatedRadio radio;

	final BlePipeline pipeline;

	final Presence presence;

	SimulatedWorld(long seed, Duration addressRotation) {
		this(seed, addressRotation, ProximityProperties.defaults());
	}

	SimulatedWorld(long seed, Duration addressRotation, ProximityProperties rules) {
		this.radio = new SimulatedRadio(seed, addressRotation, "door", "inside");
		this.pipeline = new BlePipeline(new IdentityResolver(() -> List.copyOf(this.enrolled)),
				new ProximityTracker(rules, "door", "inside"), this.events::add);
		this.presence = new Presence(this.pipeline);
		this.radio.start(new AdvertisementSink() {

			@Override
			public void accept(Advertisement advertisement) {
				SimulatedWorld.this.addressesHeard.add(advertisement.address());
				SimulatedWorld.this.pipeline.accept(advertisement);
			}

			@Override
			public void advanceTo(Instant now) {
				SimulatedWorld.this.pipeline.advanceTo(now);
			}

		});
	}

	SimulatedWorld(long seed) {
		this(seed, Duration.ofMinutes(15));
	}

	/** Steps the radio every 200 ms for {@code duration}. */
	void run(Duration duration) {
		Instant end = this.clock.instant().plus(duration);
		while (this.clock.instant().isBefore(end)) {
			this.clock.advance(STEP);
			this.radio.step(this.clock.instant());
		}
	}

	Instant now() {
		return this.clock.instant();
	}

	<T> List<T> events(Class<T> type) {
		return this.events.stream().filter(type::isInstance).map(type::cast).toList();
	}

	Zone zoneOf(long phoneId) {
		return this.presence.sighting(phoneId).map(PhoneSighting::zone).orElse(null);
	}

}
