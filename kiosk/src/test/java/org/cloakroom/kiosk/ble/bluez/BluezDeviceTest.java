package org.cloakroom.kiosk.ble.bluez;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cloakroom.kiosk.ble.BleAddress;
import org.cloakroom.kiosk.ble.transport.AddressType;
import org.cloakroom.kiosk.ble.transport.Advertisement;
import org.freedesktop.dbus.types.UInt16;
import org.freedesktop.dbus.types.Variant;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BluezDeviceTest {

	private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	private final BluezDevice device = BluezDevice.at("/org/bluez/hci1/dev_7A_01_02_03_04_05");

	@Test
	void takesAdapterAndAddressFromTheObjectPath() {
		this.device.merge(Map.of("RSSI", new Variant<>((short) -60)), List.of());

		Advertisement ad = this.device.advertisement(NOW);
		assertThat(ad.adapter()).isEqualTo("hci1");
		assertThat(ad.address()).isEqualTo(BleAddress.parse("7A:01:02:03:04:05"));
	}

	@Test
	void isNoDeviceForOtherPaths() {
		assertThat(BluezDevice.at("/org/bluez/hci0")).isNull();
		assertThat(BluezDevice.at("/org/bluez/hci0/dev_nonsense")).isNull();
	}

	@Test
	void hasNoAdvertisementUntilBluezGivesAnRssi() {
		assertThat(this.device.merge(Map.of("AddressType", new Variant<>("random")), List.of())).isFalse();
		assertThat(this.device.advertisement(NOW)).isNull();
	}

	@Test
	void mergesChangesIntoTheWholeAdvertisement() {
		UUID fastPair = UUID.fromString("0000fe2c-0000-1000-8000-00805f9b34fb");
		this.device.merge(Map.of("AddressType", new Variant<>("random"), "RSSI", new Variant<>((short) -70), "TxPower",
				new Variant<>((short) -8)), List.of());

		boolean advertised = this.device.merge(Map.of("ManufacturerData",
				new Variant<>(Map.of(new UInt16(0x004C), new Variant<>(new byte[] { 0x10, 0x05 })), "a{qv}"),
				"ServiceData", new Variant<>(Map.of(fastPair.toString(), new Variant<>(new byte[] { 1 })), "a{sv}")),
				List.of());

		assertThat(advertised).isTrue();
		Advertisement ad = this.device.advertisement(NOW);
		assertThat(ad.addressType()).isEqualTo(AddressType.RANDOM);
		assertThat(ad.rssi()).isEqualTo(-70);
		assertThat(ad.txPower()).isEqualTo(-8);
		assertThat(ad.manufacturerData()).containsOnlyKeys(0x004C);
		assertThat(ad.serviceData()).containsOnlyKeys(fastPair);
	}

	@Test
	void anRssiBluezInvalidatesEndsTheAdvertisements() {
		this.device.merge(Map.of("RSSI", new Variant<>((short) -60)), List.of());

		assertThat(this.device.merge(Map.of(), List.of("RSSI"))).isTrue();
		assertThat(this.device.advertisement(NOW)).isNull();
	}

	@Test
	void valuesOfAnUnexpectedShapeBecomeEmptyRatherThanThrow() {
		// python3-dbusmock's bluez5 starts ManufacturerData as an empty aa{qv}
		assertThat(BluezValues.manufacturerData(List.of())).isEmpty();
		assertThat(BluezValues.serviceData("nonsense")).isEmpty();
		assertThat(BluezValues.uuids(List.of("not a uuid", "0000180f-0000-1000-8000-00805f9b34fb"))).hasSize(1);
		assertThat(BluezValues.bytes(List.of((byte) 1, (byte) 2))).containsExactly(1, 2);
		assertThat(BluezValues.integer("x")).isNull();
	}

}
