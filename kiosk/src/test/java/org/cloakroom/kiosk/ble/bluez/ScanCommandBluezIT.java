package org.cloakroom.kiosk.ble.bluez;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.cloakroom.kiosk.ble.BluezStandIn;
import org.cloakroom.kiosk.ble.StandInDevices;
import org.cloakroom.kiosk.cli.FieldTools;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code ble scan --backend bluez-dbus} against the BlueZ stand-in. */
class ScanCommandBluezIT {

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	private final StandInDevices fresh = new StandInDevices();

	private BluezStandIn bluez;

	@BeforeEach
	void startStandIn() throws Exception {
		this.bluez = BluezStandIn.start();
	}

	@AfterEach
	void stopStandIn() {
		this.bluez.close();
	}

	private int run(String... args) {
		return FieldTools.commandLine(new PrintWriter(this.out, true), new PrintWriter(this.err, true)).execute(args);
	}

	@Test
	void listsDevicesOfEveryAdapterWithTheirRssiRangeAndWhatTheyDecodeAs() throws Exception {
		this.bluez.addAdapter("hci0");
		this.bluez.addAdapter("hci1");
		String beacon = this.fresh.publicAddress();
		String phone = this.fresh.staticRandomAddress();
		UUID uuid = UUID.randomUUID();
		int major = this.fresh.major();
		this.bluez.addDevice("hci0", beacon);
		this.bluez.addDevice("hci1", phone);
		this.bluez.setAddressType("hci1", phone, "random");
		this.bluez.setManufacturerData("hci0", beacon, 0x004C, StandInDevices.iBeacon(uuid, major, 7, -59));

		CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> run("ble", "scan", "--backend",
				"bluez-dbus", "--seconds", "3", "--json", "--bus-address", this.bluez.address()));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> Boolean.TRUE.equals(this.bluez.adapterProperty("hci1", "Discovering")));
		for (int rssi : new int[] { -70, -41, -55 }) {
			this.bluez.setRssi("hci1", phone, rssi);
		}

		assertThat(exit.get(20, TimeUnit.SECONDS)).as(this.err.toString()).isZero();
		JsonNode scan = JsonMapper.builder().build().readTree(this.out.toString());
		assertThat(scan.get("backend").asString()).isEqualTo("bluez-dbus");
		assertThat(scan.get("scanning").asBoolean()).isTrue();
		JsonNode heardPhone = device(scan, phone);
		assertThat(heardPhone.get("adapter").asString()).isEqualTo("hci1");
		assertThat(heardPhone.get("addressType").asString()).isEqualTo("random");
		assertThat(heardPhone.get("rssi").get("last").asInt()).isEqualTo(-55);
		assertThat(heardPhone.get("rssi").get("min").asInt()).isEqualTo(-79);
		assertThat(heardPhone.get("rssi").get("max").asInt()).isEqualTo(-41);
		JsonNode heardBeacon = device(scan, beacon);
		assertThat(heardBeacon.get("adapter").asString()).isEqualTo("hci0");
		assertThat(heardBeacon.get("addressType").asString()).isEqualTo("public");
		assertThat(heardBeacon.get("summary").asString()).contains("iBeacon " + uuid + " " + major + "/7");
	}

	@Test
	void listenOnlyHearsThroughAPassiveMonitorAndNeverDiscovers() throws Exception {
		this.bluez.addAdapter("hci0");
		this.bluez.addMonitorManager("hci0", "or_patterns");
		String phone = this.fresh.staticRandomAddress();

		CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> run("ble", "scan", "--backend",
				"bluez-dbus", "--seconds", "3", "--json", "--listen-only", "--bus-address", this.bluez.address()));
		await().atMost(Duration.ofSeconds(10)).until(() -> !this.bluez.registeredMonitors("hci0").isEmpty());
		assertThat(this.bluez.hear("hci0", phone, -66, 0x004C, HexFormat.of().parseHex("1005031c"))).isTrue();

		assertThat(exit.get(20, TimeUnit.SECONDS)).as(this.err.toString()).isZero();
		JsonNode scan = JsonMapper.builder().build().readTree(this.out.toString());
		assertThat(scan.get("scanning").asBoolean()).isTrue();
		assertThat(scan.get("health").asString()).isEqualTo("scanning on hci0 (passive)");
		assertThat(device(scan, phone).get("rssi").get("last").asInt()).isEqualTo(-66);
		assertThat(this.bluez.adapterCalls("hci0", "StartDiscovery")).isZero();
	}

	private static JsonNode device(JsonNode scan, String address) {
		for (JsonNode device : scan.get("devices")) {
			if (device.get("address").asString().equals(address)) {
				return device;
			}
		}
		throw new AssertionError(address + " is not among the devices scanned: " + scan);
	}

	@Test
	void printsATableWithoutJson() throws Exception {
		this.bluez.addAdapter("hci0");
		String device = this.fresh.publicAddress();
		this.bluez.addDevice("hci0", device);

		int exit = run("ble", "scan", "--backend", "bluez-dbus", "--seconds", "1", "--bus-address",
				this.bluez.address());

		assertThat(exit).as(this.err.toString()).isZero();
		assertThat(this.out.toString()).contains("1 devices heard in 1 s with bluez-dbus (scanning on hci0)")
			.containsPattern(device + "\\s+public\\s+hci0\\s+-79\\s+-79\\s+-79");
	}

	@Test
	void aBusThatIsNotThereIsOneLineAndExitCodeOne() {
		int exit = run("ble", "scan", "--backend", "bluez-dbus", "--seconds", "1", "--bus-address",
				"unix:path=/nonexistent/cloakroom-bus");

		assertThat(exit).isEqualTo(1);
		assertThat(this.err.toString().lines()).singleElement()
			.asString()
			.contains("bluez-dbus cannot scan here: cannot connect to the D-Bus system bus")
			.contains("/nonexistent/cloakroom-bus");
	}

	@Test
	void anUnknownBackendIsOneLineAndExitCodeTwo() {
		int exit = run("ble", "scan", "--backend", "hci");

		assertThat(exit).isEqualTo(2);
		assertThat(this.err.toString().lines()).singleElement()
			.asString()
			.startsWith("error: ")
			.contains("--backend must be tinyb or bluez-dbus, got 'hci'");
	}

	@Test
	void secondsOutOfRangeIsOneLineAndExitCodeTwo() {
		int exit = run("ble", "scan", "--backend", "tinyb", "--seconds", "0");

		assertThat(exit).isEqualTo(2);
		assertThat(this.err.toString().lines()).singleElement()
			.asString()
			.contains("--seconds must be between 1 and 3600, got 0");
	}

}
