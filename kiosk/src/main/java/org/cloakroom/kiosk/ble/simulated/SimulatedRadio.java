package org.cloakroom.kiosk.ble.simulated;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.cloakroom.kiosk.NotFoundException;
import org.cloakroom.kiosk.ble.HeardLevel;
import org.cloakroom.kiosk.ble.transport.Advertisement;
import org.cloakroom.kiosk.ble.transport.AdvertisementSink;
import org.cloakroom.kiosk.ble.transport.Transport;
import org.cloakroom.kiosk.ble.transport.TransportHealth;

/**
 * The simulated radio, the {@code simulated} transport: virtual phones heard by a door
 * and an inside adapter. Time moves only through {@link #poll}/{@link #step}; with the
 * same seed and the same calls, the same packets come out. The control panel changes
 * phones from web threads while the scheduler steps, so state is guarded by this object's
 * monitor; packets are delivered outside it.
 */
public final class SimulatedRadio implements VirtualRadio, Transport {

	private static final long NEVER = Long.MIN_VALUE;

	private final Random random;

	private final Duration addressRotation;

	private final String[] adapters;

	private final Map<String, SimulatedPhone> phones = new LinkedHashMap<>();

	private volatile AdvertisementSink sink;

	private long lastStep = NEVER;

	public SimulatedRadio(long seed, Duration addressRotation, String doorAdapter, String insideAdapter) {
		this.random = new Random(seed);
		this.addressRotation = addressRotation;
		this.adapters = new String[] { doorAdapter, insideAdapter };
	}

	@Override
	public String name() {
		return "simulated";
	}

	@Override
	public void start(AdvertisementSink sink) {
		this.sink = sink;
	}

	@Override
	public void stop() {
		this.sink = null;
	}

	@Override
	public TransportHealth health() {
		int count;
		synchronized (this) {
			count = this.phones.size();
		}
		String detail = "simulated radio, adapters " + String.join(" and ", this.adapters) + ", " + count
				+ " virtual phones";
		return (this.sink != null) ? TransportHealth.scanning(detail) : TransportHealth.stopped(detail + ", stopped");
	}

	@Override
	public synchronized void place(VirtualPhone phone) {
		check(phone);
		this.phones.put(phone.key(),
				new SimulatedPhone(phone, new SimulatedAddresses(phone, this.addressRotation, this.random)));
	}

	@Override
	public synchronized void moveTo(String key, VirtualPosition position) {
		if (position == null) {
			throw new IllegalArgumentException("Virtual phone " + key + " needs a position to move to");
		}
		phone(key).position = position;
	}

	@Override
	public synchronized void setQuiet(String key, boolean quiet) {
		phone(key).quiet = quiet;
	}

	@Override
	public synchronized List<VirtualPhoneState> phones() {
		return this.phones.values().stream().map(SimulatedPhone::state).toList();
	}

	@Override
	public List<HeardLevel> atTheSpot(VirtualPhone phone, Duration held) {
		// the median absolute deviation of normal fading is 0.6745 σ
		double spread = 0.6745 * SimulatedPhone.FADING_SIGMA_DB;
		int packets = (int) (held.toMillis() / phone.advertisingInterval().toMillis());
		List<HeardLevel> levels = new ArrayList<>();
		for (int i = 0; i < this.adapters.length; i++) {
			levels.add(new HeardLevel(0, this.adapters[i],
					Propagation.meanRssi(VirtualPosition.AT_DOOR, i) + phone.rssiOffsetDb(), spread, packets));
		}
		return levels;
	}

	@Override
	public void step(Instant now) {
		poll(now);
		AdvertisementSink target = this.sink;
		if (target != null) {
			target.advanceTo(now);
		}
	}

	/** Delivers the advertisements due up to {@code now}, in time order. */
	@Override
	public void poll(Instant now) {
		List<Advertisement> due = due(now.toEpochMilli());
		AdvertisementSink target = this.sink;
		if (target != null) {
			due.forEach(target::accept);
		}
	}

	private synchronized List<Advertisement> due(long now) {
		long start = (this.lastStep == NEVER || this.lastStep > now) ? now : this.lastStep;
		List<Advertisement> due = new ArrayList<>();
		for (SimulatedPhone phone : this.phones.values()) {
			phone.advertise(start, now, this.random, this.adapters, due);
		}
		due.sort(Comparator.comparing(Advertisement::time));
		this.lastStep = Math.max(now, (this.lastStep == NEVER) ? now : this.lastStep);
		return due;
	}

	private SimulatedPhone phone(String key) {
		SimulatedPhone phone = this.phones.get(key);
		if (phone == null) {
			throw new NotFoundException("Virtual phone", key);
		}
		return phone;
	}

	private static void check(VirtualPhone phone) {
		if (phone == null || phone.key() == null || phone.key().isBlank()) {
			throw new IllegalArgumentException("A virtual phone needs a key, got " + phone);
		}
		Duration interval = phone.advertisingInterval();
		if (interval == null || interval.toMillis() < 20) {
			throw new IllegalArgumentException("Virtual phone " + phone.key()
					+ " needs an advertising interval of at least 20 ms, got " + interval);
		}
	}

}
