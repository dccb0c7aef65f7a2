package org.cloakroom.kiosk.ble.cli;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.cloakroom.kiosk.ble.BleProperties.Placement;
import org.cloakroom.kiosk.ble.BleProperties.RadioProperties;
import org.cloakroom.kiosk.ble.bluez.BluezDbusTransport;
import org.cloakroom.kiosk.ble.tinyb.TinybTransport;
import org.cloakroom.kiosk.ble.watchdog.WatchedTransport;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * A real transport for a field tool ({@code --backend tinyb|bluez-dbus}), with the
 * kiosk's radio defaults but a watchdog checking every second (a tool runs for seconds,
 * not days). Adapters placed inside listen without transmitting, as on the kiosk.
 */
final class FieldTransport {

	private FieldTransport() {
	}

	static WatchedTransport of(String backend, String busAddress, boolean listenOnly, Map<String, Placement> placements,
			CommandLine command) {
		RadioProperties defaults = RadioProperties.defaults();
		RadioProperties properties = new RadioProperties(Duration.ofSeconds(1), defaults.quietTimeout(),
				defaults.tinybDiscoveryRestart(), busAddress, listenOnly);
		return switch (String.valueOf(backend)) {
			case BluezDbusTransport.NAME -> new BluezDbusTransport(properties, placements, Clock.systemUTC());
			case TinybTransport.NAME -> new TinybTransport(properties, placements, Clock.systemUTC());
			default ->
				throw new ParameterException(command, "--backend must be tinyb or bluez-dbus, got '" + backend + "'");
		};
	}

}
