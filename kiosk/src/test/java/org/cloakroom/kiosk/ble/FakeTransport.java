package org.cloakroom.kiosk.ble;

import org.cloakroom.kiosk.ble.transport.AdvertisementSink;
import org.cloakroom.kiosk.ble.transport.Availability;
import org.cloakroom.kiosk.ble.transport.Transport;
import org.cloakroom.kiosk.ble.transport.TransportHealth;

/**
 * A real transport's stand-in for selection tests: works, or not, for a given reason.
 */
record FakeTransport(String name, String unusableBecause) implements Transport {

	static FakeTransport working(String name) {
		return new FakeTransport(name, null);
	}

	static FakeTransport broken(String name, String reason) {
		return new FakeTransport(name, reason);
	}

	@Override
	public Availability availability() {
		return (this.unusableBecause != null) ? Availability.unusable(this.unusableBecause)
				: Availability.usable("a fake " + this.name);
	}

	@Override
	public void start(AdvertisementSink sink) {
	}

	@Override
	public void stop() {
	}

	@Override
	public TransportHealth health() {
		return TransportHealth.scanning("fake");
	}

}
