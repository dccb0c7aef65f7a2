package org.cloakroom.kiosk.ble;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.cloakroom.kiosk.ble.transport.Advertisement;
import org.cloakroom.kiosk.ble.transport.AdvertisementSink;

/** Keeps what a transport delivers, for tests that await it. */
public final class CollectingSink implements AdvertisementSink {

	private final List<Advertisement> received = new CopyOnWriteArrayList<>();

	@Override
	public void accept(Advertisement advertisement) {
		this.received.add(advertisement);
	}

	@Override
	public void advanceTo(Instant now) {
	}

	public List<Advertisement> received() {
		return List.copyOf(this.received);
	}

	/** Those from {@code address} (as BlueZ writes it) on {@code adapter}. */
	public List<Advertisement> from(String adapter, String address) {
		return this.received.stream()
			.filter((each) -> each.adapter().equals(adapter) && each.address().equals(BleAddress.parse(address)))
			.toList();
	}

}
