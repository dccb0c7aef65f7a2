package org.cloakroom.kiosk.ble.tinyb;

import java.util.UUID;

import org.cloakroom.kiosk.ble.BluezStandIn;
import org.cloakroom.kiosk.ble.ChildJvm;
import org.cloakroom.kiosk.ble.StandInDevices;
import org.cloakroom.kiosk.cli.Launcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ble scan --backend tinyb} through the jar's launcher, in a JVM whose
 * {@code DBUS_SYSTEM_BUS_ADDRESS} is the BlueZ stand-in.
 */
class ScanCommandTinybIT {

	private final StandInDevices fresh = new StandInDevices();

	private BluezStandIn bluez;

	private ChildJvm scan;

	@BeforeEach
	void startStandIn() throws Exception {
		this.bluez = BluezStandIn.start();
	}

	@AfterEach
	void stopAll() {
		if (this.scan != null) {
			this.scan.close();
		}
		this.bluez.close();
	}

	@Test
	void listsTheDevicesOfEveryAdapterAsJson() throws Exception {
		this.bluez.addAdapter("hci0");
		this.bluez.addAdapter("hci1");
		String beacon = this.fresh.publicAddress();
		String phone = this.fresh.staticRandomAddress();
		UUID uuid = UUID.randomUUID();
		int major = this.fresh.major();
		this.bluez.addDevice("hci0", beacon);
		this.bluez.setManufacturerData("hci0", beacon, 0x004C, StandInDevices.iBeacon(uuid, major, 3, -59));
		this.bluez.setRssi("hci0", beacon, -44);
		this.bluez.addDevice("hci1", phone);

		this.scan = ChildJvm.start(this.bluez.address(), Launcher.class, "ble", "scan", "--backend", "tinyb",
				"--seconds", "3", "--json");

		assertThat(this.scan.waitFor(60)).as(this.scan.output()).isZero();
		JsonNode result = JsonMapper.builder().build().readTree(this.scan.output());
		assertThat(result.get("backend").asString()).isEqualTo("tinyb");
		assertThat(result.get("health").asString()).isEqualTo("scanning on hci0, hci1");
		JsonNode heardBeacon = device(result, beacon);
		assertThat(heardBeacon.get("adapter").asString()).isEqualTo("hci0");
		assertThat(heardBeacon.get("rssi").get("last").asInt()).isEqualTo(-44);
		assertThat(heardBeacon.get("summary").asString()).contains("iBeacon " + uuid + " " + major + "/3");
		JsonNode heardPhone = device(result, phone);
		assertThat(heardPhone.get("adapter").asString()).isEqualTo("hci1");
		assertThat(heardPhone.get("addressType").asString()).isEqualTo("random");
	}

	private static JsonNode device(JsonNode scan, String address) {
		for (JsonNode device : scan.get("devices")) {
			if (device.get("address").asString().equals(address)) {
				return device;
			}
		}
		throw new AssertionError(address + " is not among the devices scanned: " + scan);
	}

}
