package org.cloakroom.kiosk.ble.cli;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.cloakroom.kiosk.ble.transport.Advertisement;
import org.cloakroom.kiosk.ble.transport.AdvertisementSink;

/**
 * What {@code ble scan} heard: per adapter and address, the last packet and RSSI range.
 */
final class DeviceTally implements AdvertisementSink {

	private final Map<String, Seen> seen = new ConcurrentHashMap<>();

	@Override
	public void accept(Advertisement advertisement) {
		this.seen.compute(advertisement.adapter() + "/" + advertisement.address(), (key, before) -> (before == null)
				? new Seen(advertisement, advertisement.rssi(), advertisement.rssi(), 1) : before.and(advertisement));
	}

	@Override
	public void advanceTo(Instant now) {
	}

	/** Strongest first, as an installer looks for the device in front of the antenna. */
	List<Seen> devices() {
		return this.seen.values()
			.stream()
			.sorted(Comparator.comparingInt((Seen each) -> each.last().rssi()).reversed())
			.toList();
	}

	record Seen(Advertisement last, int minRssi, int maxRssi, long advertisements) {

		Seen and(Advertisement next) {
			return new Seen(next, Math.min(this.minRssi, next.rssi()), Math.max(this.maxRssi, next.rssi()),
					this.advertisements + 1);
		}

	}

}
