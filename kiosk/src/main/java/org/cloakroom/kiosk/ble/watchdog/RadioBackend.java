package org.cloakroom.kiosk.ble.watchdog;

import java.util.Optional;

import org.cloakroom.kiosk.ble.transport.BleTransport;

/** A transport on real hardware, which may not work on this machine. */
public interface RadioBackend extends BleTransport {

	/**
	 * Why this backend cannot scan here (no system bus, natives that do not load), or
	 * empty when it can, with what was found in {@link #found()}. May take a second.
	 */
	Optional<String> unavailable();

	/** What the last {@link #unavailable()} found, for the start-up log line. */
	String found();

}
