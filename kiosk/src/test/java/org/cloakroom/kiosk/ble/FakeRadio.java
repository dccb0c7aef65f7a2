package org.cloakroom.kiosk.ble;

import java.util.Optional;

import org.cloakroom.kiosk.ble.transport.AdvertisementSink;
import org.cloakroom.kiosk.ble.transport.TransportHealth;
import org.cloakroom.kiosk.ble.watchdog.RadioBackend;

/** A real backend's stand-in for selection tests: works, or not, for a given reason. */
record FakeRadio(String name, String unavailableBecause) implements RadioBackend {

	static FakeRadio working(String name) {
		return new FakeRadio(name, null);
	}

	static FakeRadio broken(String name, String reason) {
		return new FakeRadio(name, reason);
	}

	@Override
	public Optional<String> unavailable() {
		return Optional.ofNullable(this.unavailableBecause);
	}

	@Override
	public String found() {
		return "a fake " + this.name;
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
