package org.cloakroom.kiosk.ble.simulated;

import java.time.Instant;
import java.util.List;
import java.util.Random;

import org.cloakroom.kiosk.ble.BleAddress;
import org.cloakroom.kiosk.ble.transport.Advertisement;

/**
 * One virtual phone's radio: when it advertises next, from which address, and the slow
 * shadowing on its path to each adapter. RSSI per packet and adapter is the mean of
 * {@link Propagation} + the phone's offset + shadowing (an Ornstein–Uhlenbeck process, σ
 * 2.5 dB, correlation time 5 s: a body turning, a door moving) + fast fading (normal, σ 5
 * dB); packets below the sensitivity are lost.
 */
final class SimulatedPhone {

	static final double SENSITIVITY_DBM = -100;

	static final double FADING_SIGMA_DB = 5;

	static final double SHADOWING_SIGMA_DB = 2.0;

	static final double SHADOWING_MILLIS = 5000;

	/** The Core Specification's advDelay: 0–10 ms added to every advertising interval. */
	static final int MAX_ADV_DELAY_MILLIS = 10;

	/**
	 * After a long pause (a suspended laptop) only this much is caught up, rather than a
	 * burst of every packet missed.
	 */
	static final long MAX_CATCH_UP_MILLIS = 5_000;

	private static final long UNSET = Long.MIN_VALUE;

	final VirtualPhone phone;

	private final SimulatedAddresses addresses;

	private final long intervalMillis;

	private final double[] shadowing = new double[2];

	private long shadowingAt = UNSET;

	private long next = UNSET;

	VirtualPosition position = VirtualPosition.AWAY;

	boolean quiet;

	SimulatedPhone(VirtualPhone phone, SimulatedAddresses addresses) {
		this.phone = phone;
		this.addresses = addresses;
		this.intervalMillis = phone.advertisingInterval().toMillis();
	}

	VirtualPhoneState state() {
		return new VirtualPhoneState(this.phone, this.position, this.quiet);
	}

	/** Adds the packets due up to {@code now}; the first step starts at {@code start}. */
	void advertise(long start, long now, Random random, String[] adapters, List<Advertisement> out) {
		if (this.next == UNSET) {
			this.next = start;
		}
		this.next = Math.max(this.next, now - MAX_CATCH_UP_MILLIS);
		while (this.next <= now) {
			if (!this.quiet) {
				emit(this.next, random, adapters, out);
			}
			this.next += this.intervalMillis + random.nextInt(MAX_ADV_DELAY_MILLIS + 1);
		}
	}

	private void emit(long time, Random random, String[] adapters, List<Advertisement> out) {
		BleAddress address = this.addresses.addressAt(time, random);
		byte[] frame = this.addresses.frame();
		updateShadowing(time, random);
		for (int adapter = 0; adapter < adapters.length; adapter++) {
			double rssi = Propagation.meanRssi(this.position, adapter) + this.phone.rssiOffsetDb()
					+ this.shadowing[adapter] + FADING_SIGMA_DB * random.nextGaussian();
			if (rssi >= SENSITIVITY_DBM) {
				out.add(Advertisement.ofRaw(Instant.ofEpochMilli(time), adapters[adapter], address,
						this.addresses.type(), (int) Math.round(rssi), frame));
			}
		}
	}

	private void updateShadowing(long time, Random random) {
		if (this.shadowingAt == UNSET) {
			for (int i = 0; i < this.shadowing.length; i++) {
				this.shadowing[i] = SHADOWING_SIGMA_DB * random.nextGaussian();
			}
		}
		else {
			double keep = Math.exp(-(time - this.shadowingAt) / SHADOWING_MILLIS);
			double fresh = Math.sqrt(1 - keep * keep) * SHADOWING_SIGMA_DB;
			for (int i = 0; i < this.shadowing.length; i++) {
				this.shadowing[i] = keep * this.shadowing[i] + fresh * random.nextGaussian();
			}
		}
		this.shadowingAt = time;
	}

}
