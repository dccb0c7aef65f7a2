package org.cloakroom.kiosk.ble.tinyb;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.cloakroom.kiosk.ble.BleAddress;
import org.cloakroom.kiosk.ble.transport.AddressType;
import org.cloakroom.kiosk.ble.transport.Advertisement;
import tinyb.BluetoothDevice;

/**
 * One TinyB device with its notifications on: each RSSI, manufacturer-data or
 * service-data notification (on TinyB's GLib thread) rebuilds the advertisement whole.
 */
final class TinybDevice {

	private final BluetoothDevice device;

	private final String adapter;

	private final BleAddress address;

	private final AddressType addressType;

	private final Integer txPower;

	private final Clock clock;

	private final Consumer<Advertisement> deliver;

	private Integer rssi;

	private Map<Integer, byte[]> manufacturerData;

	private Map<UUID, byte[]> serviceData;

	private final List<UUID> uuids;

	TinybDevice(BluetoothDevice device, String adapter, Clock clock, Consumer<Advertisement> deliver) {
		this.device = device;
		this.adapter = adapter;
		this.address = BleAddress.parse(device.getAddress());
		this.addressType = addressTypeOf(this.address);
		short power = device.getTxPower();
		this.txPower = (power == 0) ? null : (int) power;
		this.clock = clock;
		this.deliver = deliver;
		short heard = device.getRSSI();
		this.rssi = (heard == 0) ? null : (int) heard;
		this.manufacturerData = manufacturer(device.getManufacturerData());
		this.serviceData = service(device.getServiceData());
		this.uuids = uuids(device.getUUIDs());
	}

	/**
	 * TinyB 0.5 has no AddressType: the two top bits of a random address are 01
	 * (resolvable) or 11 (static), so those are taken as random and the rest as public. A
	 * public address with those bits is misreported (its decoding is unaffected).
	 */
	static AddressType addressTypeOf(BleAddress address) {
		long top = address.value() >>> 46;
		return (top == 0b01 || top == 0b11) ? AddressType.RANDOM : AddressType.PUBLIC;
	}

	/** Turns notifications on and delivers what BlueZ already has. */
	void listen() {
		this.device.enableRSSINotifications((value) -> changed(() -> this.rssi = (int) value));
		this.device
			.enableManufacturerDataNotifications((value) -> changed(() -> this.manufacturerData = manufacturer(value)));
		this.device.enableServiceDataNotifications((value) -> changed(() -> this.serviceData = service(value)));
		changed(() -> {
		});
	}

	/** Turns notifications off; the object may be stale (bluetoothd gone), so quietly. */
	void forget() {
		try {
			this.device.disableRSSINotifications();
			this.device.disableManufacturerDataNotifications();
			this.device.disableServiceDataNotifications();
		}
		catch (RuntimeException ex) {
			// a stale object: nothing to turn off
		}
	}

	private void changed(Runnable update) {
		Advertisement advertisement;
		synchronized (this) {
			update.run();
			if (this.rssi == null) {
				return;
			}
			advertisement = new Advertisement(this.clock.instant(), this.adapter, this.address, this.addressType,
					this.rssi, this.txPower, this.manufacturerData, this.serviceData, this.uuids, null);
		}
		this.deliver.accept(advertisement);
	}

	private static Map<Integer, byte[]> manufacturer(Map<Short, byte[]> data) {
		Map<Integer, byte[]> out = new LinkedHashMap<>();
		if (data != null) {
			data.forEach((company, bytes) -> out.put(company & 0xFFFF, bytes));
		}
		return out;
	}

	private static Map<UUID, byte[]> service(Map<String, byte[]> data) {
		Map<UUID, byte[]> out = new LinkedHashMap<>();
		if (data != null) {
			data.forEach((uuid, bytes) -> uuid(uuid).ifPresent((key) -> out.put(key, bytes)));
		}
		return out;
	}

	private static List<UUID> uuids(String[] texts) {
		List<UUID> out = new ArrayList<>();
		if (texts != null) {
			for (String text : texts) {
				uuid(text).ifPresent(out::add);
			}
		}
		return out;
	}

	private static java.util.Optional<UUID> uuid(String text) {
		try {
			return java.util.Optional.of(UUID.fromString(text));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return java.util.Optional.empty();
		}
	}

}
