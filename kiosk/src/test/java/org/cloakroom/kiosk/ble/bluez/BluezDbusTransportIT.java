package org.cloakroom.kiosk.ble.bluez;

import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.cloakroom.kiosk.ble.BleProperties.RadioProperties;
import org.cloakroom.kiosk.ble.BluezStandIn;
import org.cloakroom.kiosk.ble.CollectingSink;
import org.cloakroom.kiosk.ble.transport.AdapterHealth;
import org.cloakroom.kiosk.ble.transport.AddressType;
import org.cloakroom.kiosk.ble.transport.Advertisement;
import org.cloakroom.kiosk.ble.transport.TransportHealth;
import org.freedesktop.dbus.types.Variant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The bluez-dbus backend against a real dbus-daemon running python3-dbusmock's bluez5.
 */
class BluezDbusTransportIT {

	private static final Duration DEADLINE = Duration.ofSeconds(10);

	private static final String PHONE = "4C:11:22:33:44:55";

	private BluezStandIn bluez;

	private final CollectingSink sink = new CollectingSink();

	private BluezDbusTransport transport;

	@BeforeEach
	void startStandIn() throws Exception {
		this.bluez = BluezStandIn.start();
		this.bluez.addAdapter("hci0");
	}

	@AfterEach
	void stopAll() {
		if (this.transport != null) {
			this.transport.stop();
		}
		this.bluez.close();
	}

	private void startTransport(Duration quietTimeout) {
		startTransport(quietTimeout, "hci0");
	}

	private void startTransport(Duration quietTimeout, String adapters) {
		this.transport = new BluezDbusTransport(
				new RadioProperties(Duration.ofMillis(200), quietTimeout, Duration.ofSeconds(10), this.bluez.address()),
				Clock.systemUTC());
		this.transport.start(this.sink);
		awaitScanning(adapters);
	}

	/** Scanning on {@code adapters}, each discovering: none is placed inside here. */
	private void awaitScanning(String adapters) {
		await("scanning on " + adapters).atMost(DEADLINE).untilAsserted(() -> {
			TransportHealth health = this.transport.health();
			assertThat(health.scanning()).isTrue();
			assertThat(health.detail()).isEqualTo("scanning on " + adapters);
			assertThat(health.adapters().keySet()).containsExactly(adapters.split(", "));
			assertThat(health.adapters().values()).containsOnly(AdapterHealth.scanning(AdapterHealth.ACTIVE));
		});
	}

	@Test
	void asksEveryAdapterForLeDiscoveryWithDuplicateData() throws Exception {
		this.bluez.addAdapter("hci1");
		startTransport(Duration.ofMinutes(1), "hci0, hci1");

		for (String adapter : List.of("hci0", "hci1")) {
			Map<String, ?> filter = this.bluez.adapterProperty(adapter, "DiscoveryFilter");
			assertThat(filter).extractingByKeys("Transport", "DuplicateData")
				.map((value) -> (value instanceof Variant<?> variant) ? variant.getValue() : value)
				.containsExactly("le", true);
			assertThat((Boolean) this.bluez.adapterProperty(adapter, "Discovering")).isTrue();
		}
	}

	@Test
	void devicesAppearWithTheirAdapterAndAddressType() throws Exception {
		this.bluez.addAdapter("hci1");
		startTransport(Duration.ofMinutes(1), "hci0, hci1");

		this.bluez.addDevice("hci0", PHONE);
		this.bluez.addDevice("hci1", "7A:01:02:03:04:05");
		this.bluez.setAddressType("hci1", "7A:01:02:03:04:05", "random");
		this.bluez.setRssi("hci1", "7A:01:02:03:04:05", -61);

		await().atMost(DEADLINE).untilAsserted(() -> {
			assertThat(this.sink.from("hci0", PHONE)).first()
				.satisfies((ad) -> assertThat(ad.addressType()).isEqualTo(AddressType.PUBLIC))
				.satisfies((ad) -> assertThat(ad.rssi()).isEqualTo(-79));
			assertThat(this.sink.from("hci1", "7A:01:02:03:04:05")).last()
				.satisfies((ad) -> assertThat(ad.addressType()).isEqualTo(AddressType.RANDOM))
				.satisfies((ad) -> assertThat(ad.rssi()).isEqualTo(-61));
		});
	}

	@Test
	void rssiAndManufacturerDataChangesArriveAsAdvertisements() throws Exception {
		startTransport(Duration.ofMinutes(1));
		this.bluez.addDevice("hci0", PHONE);
		byte[] nearby = HexFormat.of().parseHex("100519");

		this.bluez.setRssi("hci0", PHONE, -48);
		this.bluez.setManufacturerData("hci0", PHONE, 0x004C, nearby);
		this.bluez.setTxPower("hci0", PHONE, -8);
		this.bluez.setServiceData("hci0", PHONE, "0000fe2c-0000-1000-8000-00805f9b34fb", new byte[] { 1, 2 });

		await().atMost(DEADLINE)
			.untilAsserted(() -> assertThat(this.sink.from("hci0", PHONE)).last()
				.satisfies((ad) -> assertThat(ad.rssi()).isEqualTo(-48))
				.satisfies((ad) -> assertThat(ad.txPower()).isEqualTo(-8))
				.satisfies((ad) -> assertThat(ad.manufacturerData()).containsOnlyKeys(0x004C))
				.satisfies((ad) -> assertThat(ad.manufacturerData().get(0x004C)).isEqualTo(nearby))
				.satisfies((ad) -> assertThat(ad.serviceData()).hasSize(1)));
		assertThat(this.sink.from("hci0", PHONE)).extracting(Advertisement::rssi).contains(-79, -48);
	}

	@Test
	void picksUpAnAdapterRemovedAndAddedAgainAndIsDownMeanwhile() throws Exception {
		startTransport(Duration.ofMinutes(1));
		this.bluez.addDevice("hci0", PHONE);

		this.bluez.removeAdapter("hci0");
		await().atMost(DEADLINE).untilAsserted(() -> assertThat(this.transport.health().scanning()).isFalse());
		assertThat(this.transport.health().detail()).contains("no Bluetooth adapter");

		this.bluez.addAdapter("hci0");
		awaitScanning("hci0");
		this.bluez.setRssi("hci0", PHONE, -55);
		await().atMost(DEADLINE)
			.untilAsserted(
					() -> assertThat(this.sink.from("hci0", PHONE)).extracting(Advertisement::rssi).contains(-55));
	}

	@Test
	void survivesBluetoothdKilledAndRestarted() throws Exception {
		startTransport(Duration.ofMinutes(1));

		this.bluez.killMock();
		await().atMost(DEADLINE).untilAsserted(() -> assertThat(this.transport.health().scanning()).isFalse());
		assertThat(this.transport.health().detail()).contains("org.bluez");
		assertThat(this.transport.health().adapters()).as("no adapter scans while bluetoothd is away").isEmpty();

		this.bluez.startMock();
		this.bluez.addAdapter("hci0");
		awaitScanning("hci0");
		this.bluez.addDevice("hci0", PHONE);
		this.bluez.setRssi("hci0", PHONE, -52);
		await().atMost(DEADLINE)
			.untilAsserted(
					() -> assertThat(this.sink.from("hci0", PHONE)).extracting(Advertisement::rssi).contains(-52));
	}

	@Test
	void restartsDiscoveryWhenNothingIsHeardForTheQuietTimeout() throws Exception {
		startTransport(Duration.ofMillis(500));

		await().atMost(DEADLINE)
			.untilAsserted(() -> assertThat(this.transport.health().detail()).contains("discovery restarted"));
		assertThat(this.transport.health().scanning()).isTrue();
		assertThat((Boolean) this.bluez.adapterProperty("hci0", "Discovering")).isTrue();
	}

}
