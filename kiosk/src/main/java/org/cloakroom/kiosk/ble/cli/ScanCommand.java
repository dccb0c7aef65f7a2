package org.cloakroom.kiosk.ble.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.cloakroom.kiosk.ble.cli.DeviceTally.Seen;
import org.cloakroom.kiosk.ble.decode.AdDecoder;
import org.cloakroom.kiosk.ble.decode.AdFields;
import org.cloakroom.kiosk.ble.transport.Availability;
import org.cloakroom.kiosk.ble.transport.TransportHealth;
import org.cloakroom.kiosk.ble.watchdog.WatchedTransport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ble scan}: scans with a real transport for a while and lists every device heard,
 * strongest first, with its RSSI range and what its advertising data decodes as.
 */
@Command(name = "scan", mixinStandardHelpOptions = true,
		description = "Scan with a real backend and list the devices heard.")
public final class ScanCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--backend", required = true, paramLabel = "tinyb|bluez-dbus",
			description = "The backend to scan with: tinyb or bluez-dbus.")
	String backend;

	@Option(names = "--seconds", defaultValue = "10", paramLabel = "N",
			description = "How long to scan, 1 to 3600 (default: ${DEFAULT-VALUE}).")
	int seconds;

	@Option(names = "--json", description = "Print JSON instead of a table.")
	boolean json;

	@Option(names = "--bus-address", paramLabel = "ADDRESS",
			description = "The D-Bus system bus for bluez-dbus (default: DBUS_SYSTEM_BUS_ADDRESS, else "
					+ "/var/run/dbus/system_bus_socket). TinyB always reads the environment.")
	String busAddress = "";

	@Option(names = "--listen-only",
			description = "Never transmit: every adapter listens through a passive advertisement monitor, as "
					+ "adapters placed inside do (bluez-dbus, with bluetoothd --experimental).")
	boolean listenOnly;

	@Override
	public Integer call() throws InterruptedException {
		WatchedTransport transport = transport();
		Availability availability = transport.availability();
		if (!availability.usable()) {
			throw new IllegalStateException(this.backend + " cannot scan here: " + availability.detail());
		}
		DeviceTally tally = new DeviceTally();
		transport.start(tally);
		TransportHealth health;
		try {
			Thread.sleep(Duration.ofSeconds(this.seconds).toMillis());
		}
		finally {
			health = transport.health();
			transport.stop();
		}
		List<Seen> devices = tally.devices();
		if (devices.isEmpty() && !health.scanning()) {
			throw new IllegalStateException(this.backend + " could not scan: " + health.detail());
		}
		PrintWriter out = this.spec.commandLine().getOut();
		out.println(this.json ? json(health, devices) : table(health, devices));
		return 0;
	}

	private WatchedTransport transport() {
		if (this.seconds < 1 || this.seconds > 3600) {
			throw new ParameterException(this.spec.commandLine(),
					"--seconds must be between 1 and 3600, got " + this.seconds);
		}
		return FieldTransport.of(this.backend, this.busAddress, this.listenOnly, Map.of(), this.spec.commandLine());
	}

	private String table(TransportHealth health, List<Seen> devices) {
		StringBuilder out = new StringBuilder();
		out.append(String.format("%d devices heard in %d s with %s (%s)%n", devices.size(), this.seconds, this.backend,
				health.detail()));
		out.append(String.format("%-17s  %-6s  %-7s  %4s  %4s  %4s  %5s  %s%n", "ADDRESS", "TYPE", "ADAPTER", "RSSI",
				"MIN", "MAX", "ADS", "DECODED"));
		for (Seen seen : devices) {
			out.append(String.format("%-17s  %-6s  %-7s  %4d  %4d  %4d  %5d  %s%n", seen.last().address(),
					seen.last().addressType().name().toLowerCase(java.util.Locale.ROOT), seen.last().adapter(),
					seen.last().rssi(), seen.minRssi(), seen.maxRssi(), seen.advertisements(),
					describe(AdDecoder.decode(seen.last()))));
		}
		return out.toString().stripTrailing();
	}

	private String json(TransportHealth health, List<Seen> devices) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Seen seen : devices) {
			AdFields decoded = AdDecoder.decode(seen.last());
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("address", seen.last().address().toString());
			row.put("addressType", seen.last().addressType().name().toLowerCase(java.util.Locale.ROOT));
			row.put("adapter", seen.last().adapter());
			row.put("rssi", Map.of("last", seen.last().rssi(), "min", seen.minRssi(), "max", seen.maxRssi()));
			row.put("advertisements", seen.advertisements());
			row.put("summary", describe(decoded));
			row.put("decoded", decoded);
			rows.add(row);
		}
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("backend", this.backend);
		document.put("seconds", this.seconds);
		document.put("scanning", health.scanning());
		document.put("health", health.detail());
		document.put("devices", rows);
		return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(document);
	}

	/** A few words for the table; the JSON carries everything that was decoded. */
	static String describe(AdFields fields) {
		List<String> words = new ArrayList<>();
		words.add(fields.kind().label());
		if (fields.iBeacon() != null) {
			words.add("iBeacon " + fields.iBeacon().uuid() + " " + fields.iBeacon().major() + "/"
					+ fields.iBeacon().minor());
		}
		if (fields.eddystoneUid() != null) {
			words.add("Eddystone-UID");
		}
		if (fields.continuityTypes() != 0 && fields.iBeacon() == null) {
			words.add("Apple Continuity");
		}
		if (fields.fastPair()) {
			words.add("Google Fast Pair");
		}
		if (fields.localName() != null) {
			words.add("'" + fields.localName() + "'");
		}
		fields.manufacturerData()
			.keySet()
			.stream()
			.filter((company) -> company != AdFields.APPLE)
			.forEach((company) -> words.add(String.format("manufacturer 0x%04X", company)));
		if (!fields.serviceUuids().isEmpty() || !fields.serviceData().isEmpty()) {
			words.add((fields.serviceUuids().size() + fields.serviceData().size()) + " service(s)");
		}
		return String.join(", ", words);
	}

}
