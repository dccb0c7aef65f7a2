package org.cloakroom.kiosk.ble.tinyb;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.HexFormat;
import java.util.stream.Collectors;

import org.cloakroom.kiosk.ble.BleProperties.Placement;
import org.cloakroom.kiosk.ble.BleProperties.RadioProperties;
import org.cloakroom.kiosk.ble.transport.Advertisement;
import org.cloakroom.kiosk.ble.transport.AdvertisementSink;
import org.cloakroom.kiosk.ble.transport.TransportHealth;

/**
 * Runs the TinyB backend in a JVM of its own (see ChildJvm) and prints what it hears,
 * {@code AD <adapter> <address> <type> <rssi> <manufacturer data>}, and its health when
 * asked with a line {@code health} on standard input, {@code HEALTH <UP|DOWN> <detail>}.
 * Ends when standard input closes.
 */
public final class TinybChild {

	private TinybChild() {
	}

	public static void main(String[] args) throws Exception {
		Duration quiet = Duration.parse(args[0]);
		// then the adapters placed inside, if any
		Map<String, Placement> placements = new HashMap<>();
		for (int i = 1; i < args.length; i++) {
			placements.put(args[i], Placement.INSIDE);
		}
		TinybTransport transport = new TinybTransport(
				new RadioProperties(Duration.ofMillis(200), quiet, Duration.ofSeconds(10), ""), placements,
				Clock.systemUTC());
		transport.start(new AdvertisementSink() {
			@Override
			public void accept(Advertisement ad) {
				String data = ad.manufacturerData()
					.entrySet()
					.stream()
					.map((e) -> e.getKey() + "=" + HexFormat.of().formatHex(e.getValue()))
					.collect(Collectors.joining(","));
				System.out.println("AD " + ad.adapter() + " " + ad.address() + " " + ad.addressType() + " " + ad.rssi()
						+ " " + (data.isEmpty() ? "-" : data));
			}

			@Override
			public void advanceTo(Instant now) {
			}
		});
		// answers "health" on standard input; ends when the parent closes it
		try (BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
			for (String command = commands.readLine(); command != null; command = commands.readLine()) {
				if (command.equals("health")) {
					TransportHealth health = transport.health();
					System.out.println("HEALTH " + (health.scanning() ? "UP " : "DOWN ") + health.detail());
				}
			}
		}
		transport.stop();
		System.exit(0);
	}

}
