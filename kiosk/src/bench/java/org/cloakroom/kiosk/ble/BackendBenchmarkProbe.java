package org.cloakroom.kiosk.ble;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.cloakroom.kiosk.ble.BleProperties.RadioProperties;
import org.cloakroom.kiosk.ble.bluez.BluezDbusTransport;
import org.cloakroom.kiosk.ble.tinyb.TinybTransport;
import org.cloakroom.kiosk.ble.transport.Advertisement;
import org.cloakroom.kiosk.ble.transport.AdvertisementSink;
import org.cloakroom.kiosk.ble.watchdog.WatchedTransport;

/**
 * The receiving side of {@link BackendBenchmark}, in a JVM of its own with
 * {@code DBUS_SYSTEM_BUS_ADDRESS} set (as TinyB needs): runs one backend and, for each
 * advertisement carrying the driver's stamp (company 0xFFFF: send time in epoch
 * microseconds, sequence number), records the latency from the D-Bus change to the
 * Advertisement. {@code REPORT} on standard input prints and resets the figures.
 */
public final class BackendBenchmarkProbe implements AdvertisementSink {

	static final int STAMP = 0xFFFF;

	private final Set<Integer> sequences = new HashSet<>();

	private long[] latencies = new long[1 << 16];

	private int count;

	private long deliveries;

	public static void main(String[] args) throws Exception {
		RadioProperties properties = new RadioProperties(Duration.ofSeconds(1), Duration.ofMinutes(10),
				Duration.ofMinutes(10), "");
		WatchedTransport backend = args[0].equals(TinybTransport.NAME) ? new TinybTransport(properties, Clock.systemUTC())
				: new BluezDbusTransport(properties, Clock.systemUTC());
		BackendBenchmarkProbe probe = new BackendBenchmarkProbe();
		backend.start(probe);
		while (!backend.health().scanning()) {
			TimeUnit.MILLISECONDS.sleep(20);
		}
		System.out.println("READY " + backend.health().detail());
		BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
		for (String line = in.readLine(); line != null; line = in.readLine()) {
			if (line.equals("REPORT")) {
				System.out.println(probe.report());
			}
		}
		backend.stop();
		System.exit(0);
	}

	@Override
	public synchronized void accept(Advertisement advertisement) {
		byte[] stamp = advertisement.manufacturerDataShared().get(STAMP);
		if (stamp == null || stamp.length < 12) {
			return;
		}
		Instant now = Instant.now();
		ByteBuffer buffer = ByteBuffer.wrap(stamp);
		long sent = buffer.getLong();
		this.deliveries++;
		if (this.sequences.add(buffer.getInt())) {
			if (this.count == this.latencies.length) {
				this.latencies = Arrays.copyOf(this.latencies, this.count * 2);
			}
			this.latencies[this.count++] = now.getEpochSecond() * 1_000_000 + now.getNano() / 1000 - sent;
		}
	}

	@Override
	public void advanceTo(Instant now) {
	}

	synchronized String report() {
		long[] sorted = Arrays.copyOf(this.latencies, this.count);
		Arrays.sort(sorted);
		String line = "STATS " + this.count + " " + this.deliveries + " " + percentile(sorted, 50) + " "
				+ percentile(sorted, 99) + " " + ((sorted.length == 0) ? -1 : sorted[sorted.length - 1]);
		this.sequences.clear();
		this.count = 0;
		this.deliveries = 0;
		return line;
	}

	private static long percentile(long[] sorted, int percent) {
		return (sorted.length == 0) ? -1 : sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)];
	}

}
