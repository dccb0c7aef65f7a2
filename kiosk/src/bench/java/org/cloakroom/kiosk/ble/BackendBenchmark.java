package org.cloakroom.kiosk.ble;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.types.UInt16;
import org.freedesktop.dbus.types.Variant;

/**
 * TinyB and BlueZ D-Bus side by side on the same D-Bus load: a driver changes
 * ManufacturerData (each change stamped with its send time and a sequence number) on N
 * devices of the python3-dbusmock BlueZ stand-in at increasing rates, and each backend,
 * in a JVM of its own, reports how many of the changes became Advertisements and the
 * latency from the change to the Advertisement. Run with
 * {@code kiosk/src/bench/backend-benchmark.sh} (see there); prints a Markdown table.
 */
public final class BackendBenchmark {

	private static final int DEVICES = 50;

	private static final long SECONDS_PER_RATE = 4;

	private static final int[] RATES = { 250, 500, 1000, 2000, 4000, 0 };

	private BackendBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		List<String> backends = (args.length > 0) ? List.of(args) : List.of("bluez-dbus", "tinyb");
		System.out.println("| backend | target changes/s | sent/s | delivered | delivered/s | p50 ms | p99 ms | max ms |");
		System.out.println("|---|---|---|---|---|---|---|---|");
		for (String backend : backends) {
			try (BluezStandIn bluez = BluezStandIn.start()) {
				bluez.addAdapter("hci0");
				List<Properties> devices = new ArrayList<>();
				for (int i = 0; i < DEVICES; i++) {
					String address = String.format("1C:00:00:00:%02X:%02X", i / 256, i % 256);
					bluez.addDevice("hci0", address);
					devices.add(bluez.devicePropertiesOf("hci0", address));
				}
				run(backend, bluez, devices);
			}
		}
	}

	private static void run(String backend, BluezStandIn bluez, List<Properties> devices) throws Exception {
		// the test class path's logback logs DEBUG to standard output: too slow, and in the way
		Path quiet = Files.createTempFile("bench-logback", ".xml");
		Files.writeString(quiet, "<configuration><root level=\"WARN\"/></configuration>");
		quiet.toFile().deleteOnExit();
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Dlogback.configurationFile=" + quiet, "-cp", System.getProperty("java.class.path"),
				BackendBenchmarkProbe.class.getName(), backend)
			.redirectError(ProcessBuilder.Redirect.DISCARD);
		builder.environment().put("DBUS_SYSTEM_BUS_ADDRESS", bluez.address());
		Process probe = builder.start();
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(probe.getInputStream(), StandardCharsets.UTF_8));
				PrintWriter out = new PrintWriter(probe.getOutputStream(), true, StandardCharsets.UTF_8)) {
			String ready = next(in, "READY");
			if (ready == null || !ready.startsWith("READY")) {
				throw new IllegalStateException(backend + " did not start: " + ready);
			}
			TimeUnit.SECONDS.sleep(2); // let TinyB list the devices and turn notifications on
			out.println("REPORT");
			next(in, "STATS");
			int sequence = 0;
			for (int rate : RATES) {
				long started = System.nanoTime();
				int sent = drive(devices, rate, sequence);
				double seconds = (System.nanoTime() - started) / 1e9;
				sequence += sent;
				TimeUnit.SECONDS.sleep(2); // drain
				out.println("REPORT");
				String[] stats = next(in, "STATS").split(" ");
				int delivered = Integer.parseInt(stats[1]);
				System.out.printf("| %s | %s | %.0f | %d of %d (%.1f%%) | %.0f | %.1f | %.1f | %.1f |%n", backend,
						(rate == 0) ? "as fast as the driver can" : String.valueOf(rate), sent / seconds, delivered, sent,
						100.0 * delivered / sent, delivered / seconds, ms(stats[3]), ms(stats[4]), ms(stats[5]));
			}
		}
		finally {
			probe.destroyForcibly();
			probe.waitFor(10, TimeUnit.SECONDS);
		}
	}

	private static String next(BufferedReader in, String prefix) throws java.io.IOException {
		for (String line = in.readLine(); line != null; line = in.readLine()) {
			if (line.startsWith(prefix)) {
				return line;
			}
		}
		return null;
	}

	/** Changes at {@code rate} per second (0: unpaced) for the period; the count sent. */
	private static int drive(List<Properties> devices, int rate, int firstSequence) {
		long period = (rate == 0) ? 0 : 1_000_000_000L / rate;
		long start = System.nanoTime();
		long end = start + TimeUnit.SECONDS.toNanos(SECONDS_PER_RATE);
		int sent = 0;
		for (long next = start; System.nanoTime() < end; next += period) {
			LockSupport.parkNanos(next - System.nanoTime());
			Instant now = Instant.now();
			byte[] stamp = ByteBuffer.allocate(12)
				.putLong(now.getEpochSecond() * 1_000_000 + now.getNano() / 1000)
				.putInt(firstSequence + sent)
				.array();
			devices.get(sent % devices.size())
				.Set("org.bluez.Device1", "ManufacturerData", new Variant<>(
						Map.of(new UInt16(BackendBenchmarkProbe.STAMP), new Variant<>(stamp)), "a{qv}"));
			sent++;
		}
		return sent;
	}

	private static double ms(String micros) {
		return Long.parseLong(micros) / 1000.0;
	}

}
