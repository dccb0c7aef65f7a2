package org.cloakroom.kiosk.ble.tinyb;

import java.time.Duration;
import java.util.HexFormat;

import org.cloakroom.kiosk.ble.BluezStandIn;
import org.cloakroom.kiosk.ble.ChildJvm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The tinyb backend, with TinyB's natives from the jar, against a real dbus-daemon
 * running python3-dbusmock's bluez5, in a JVM of its own (TinyB reads the bus address
 * from the environment and is a process-wide singleton).
 */
class TinybTransportIT {

	private static final Duration DEADLINE = Duration.ofSeconds(10);

	private static final String PHONE = "1C:11:22:33:44:55";

	private BluezStandIn bluez;

	private ChildJvm tinyb;

	@BeforeEach
	void startStandIn() throws Exception {
		this.bluez = BluezStandIn.start();
		this.bluez.addAdapter("hci0");
	}

	@AfterEach
	void stopAll() {
		if (this.tinyb != null) {
			this.tinyb.close();
		}
		this.bluez.close();
	}

	private void startTinyb(String quietTimeout) throws Exception {
		this.tinyb = ChildJvm.start(this.bluez.address(), TinybChild.class, quietTimeout);
		awaitLast("HEALTH UP scanning on hci0");
	}

	/** Asks the child for its health until the newest answer is {@code health}. */
	private void awaitLast(String health) {
		await(health).atMost(DEADLINE).untilAsserted(() -> {
			this.tinyb.send("health");
			assertThat(this.tinyb.lines()).filteredOn((line) -> line.startsWith("HEALTH")).last().isEqualTo(health);
		});
	}

	private void awaitLine(String line) {
		await(line).atMost(DEADLINE).untilAsserted(() -> assertThat(this.tinyb.lines()).contains(line));
	}

	@Test
	void devicesOfEveryAdapterAppear() throws Exception {
		this.bluez.addAdapter("hci1");
		this.tinyb = ChildJvm.start(this.bluez.address(), TinybChild.class, "PT1M");
		awaitLast("HEALTH UP scanning on hci0, hci1");

		this.bluez.addDevice("hci0", PHONE);
		this.bluez.addDevice("hci1", "7A:01:02:03:04:05");

		awaitLine("AD hci0 " + PHONE + " PUBLIC -79 -");
		awaitLine("AD hci1 7A:01:02:03:04:05 RANDOM -79 -");
	}

	@Test
	void anAdapterPlacedInsideDoesNotScanBecauseTinybCanOnlyDiscover() throws Exception {
		this.bluez.addAdapter("hci1");
		this.tinyb = ChildJvm.start(this.bluez.address(), TinybChild.class, "PT1M", "hci1");

		awaitLast("HEALTH UP scanning on hci0, not hci1: hci1 is placed inside, so it may only listen, but TinyB can "
				+ "only discover (active scanning): use the bluez-dbus backend, which listens passively");
		assertThat(this.bluez.adapterCalls("hci1", "StartDiscovery")).isZero();
		assertThat(this.bluez.adapterCalls("hci0", "StartDiscovery")).isPositive();
	}

	@Test
	void rssiAndManufacturerDataChangesArrive() throws Exception {
		startTinyb("PT1M");
		this.bluez.addDevice("hci0", PHONE);
		awaitLine("AD hci0 " + PHONE + " PUBLIC -79 -");

		this.bluez.setRssi("hci0", PHONE, -47);
		awaitLine("AD hci0 " + PHONE + " PUBLIC -47 -");
		this.bluez.setManufacturerData("hci0", PHONE, 0x004C, HexFormat.of().parseHex("100519"));
		awaitLine("AD hci0 " + PHONE + " PUBLIC -47 76=100519");
	}

	@Test
	void picksUpAnAdapterRemovedAndAddedAgainAndIsDownMeanwhile() throws Exception {
		startTinyb("PT1M");
		this.bluez.addDevice("hci0", PHONE);
		awaitLine("AD hci0 " + PHONE + " PUBLIC -79 -");

		this.bluez.removeAdapter("hci0");
		awaitLast("HEALTH DOWN TinyB sees no Bluetooth adapter (is bluetoothd running?)");
		this.bluez.addAdapter("hci0");
		awaitLast("HEALTH UP scanning on hci0");

		this.bluez.setRssi("hci0", PHONE, -56);
		awaitLine("AD hci0 " + PHONE + " PUBLIC -56 -");
	}

	@Test
	void survivesBluetoothdKilledAndRestarted() throws Exception {
		startTinyb("PT1M");

		this.bluez.killMock();
		awaitLast("HEALTH DOWN TinyB sees no Bluetooth adapter (is bluetoothd running?)");

		this.bluez.startMock();
		this.bluez.addAdapter("hci0");
		awaitLast("HEALTH UP scanning on hci0");
		this.bluez.addDevice("hci0", PHONE);
		this.bluez.setRssi("hci0", PHONE, -53);
		awaitLine("AD hci0 " + PHONE + " PUBLIC -53 -");
	}

}
