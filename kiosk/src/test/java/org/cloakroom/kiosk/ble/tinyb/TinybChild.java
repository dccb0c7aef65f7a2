package org.cloakroom.kiosk.ble.tinyb;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.stream.Collectors;

import org.cloakroom.kiosk.ble.BleProperties.RadioProperties;
import org.cloakroom.kiosk.ble.transport.Advertisement;
import org.cloakroom.kiosk.ble.transport.AdvertisementSink;
import org.cloakroom.kiosk.ble.transport.TransportHealth;

/**
 * Runs the TinyB backend in a JVM of its own (see ChildJvm) and prints what it hears,
 * {@code AD <adapter> <address> <type> <rssi> <manufacturer data>}, and its health when
 * it changes, {@code HEALTH <UP|DOWN> <detail>}. Ends after 120 s.
 */
public final class TinybChild {

	private TinybChild() {
	}

	public static void main(String[] args) throws Exception {
		Duration quiet = Duration.parse(args[0]);
		TinybTransport transport = new TinybTransport(
				new RadioProperties(Duration.ofMillis(200), quiet, Duration.ofSeconds(10), ""), Clock.systemUTC());
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
		TransportHealth last = null;
		Instant end = Instant.now().plusSeconds(120);
		while (Instant.now().isBefore(end)) {
			TransportHealth health = transport.health();
			if (!health.equals(last)) {
				System.out.println("HEALTH " + (health.scanning() ? "UP " : "DOWN ") + health.detail());
				last = health;
			}
			Thread.sleep(20);
		}
		transport.stop();
		System.exit(0);
	}

}
