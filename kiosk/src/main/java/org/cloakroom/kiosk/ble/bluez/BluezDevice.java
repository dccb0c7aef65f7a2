package org.cloakroom.kiosk.ble.bluez;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.cloakroom.kiosk.ble.BleAddress;
import org.cloakroom.kiosk.ble.InvalidIdentity;
import org.cloakroom.kiosk.ble.transport.AddressType;
import org.cloakroom.kiosk.ble.transport.Advertisement;

/**
 * What BlueZ last said about one {@code org.bluez.Device1}: D-Bus sends only what
 * changed, so each change is merged here and the advertisement is rebuilt whole.
 */
final class BluezDevice {

	/** The properties an advertisement carries: a change to one of them is a sighting. */
	private static final Set<String> ADVERTISED = Set.of("RSSI", "ManufacturerData", "ServiceData", "TxPower", "UUIDs");

	private final String adapter;

	private BleAddress address;

	private AddressType addressType = AddressType.PUBLIC;

	private Integer rssi;

	private Integer txPower;

	private Map<Integer, byte[]> manufacturerData = Map.of();

	private Map<UUID, byte[]> serviceData = Map.of();

	private List<UUID> uuids = List.of();

	private BluezDevice(String adapter, BleAddress address) {
		this.adapter = adapter;
		this.address = address;
	}

	/**
	 * The device at {@code /org/bluez/hci0/dev_AA_BB_CC_DD_EE_FF}, or {@code null} when
	 * the path is not a device's.
	 */
	static BluezDevice at(String path) {
		String[] parts = path.split("/");
		if (parts.length != 5 || !parts[4].startsWith("dev_")) {
			return null;
		}
		try {
			return new BluezDevice(parts[3], BleAddress.parse(parts[4].substring(4).replace('_', ':')));
		}
		catch (InvalidIdentity ex) {
			return null;
		}
	}

	static String adapterOf(String path) {
		String[] parts = path.split("/");
		return (parts.length >= 4) ? parts[3] : path;
	}

	/**
	 * Merges what changed; {@code true} when an advertised property changed or was
	 * dropped.
	 */
	synchronized boolean merge(Map<String, ?> changed, List<String> invalidated) {
		boolean advertised = false;
		for (Map.Entry<String, ?> entry : changed.entrySet()) {
			advertised |= set(entry.getKey(), entry.getValue());
		}
		for (String name : invalidated) {
			advertised |= set(name, null);
		}
		return advertised;
	}

	private boolean set(String name, Object value) {
		switch (name) {
			case "Address" ->
				this.address = (value == null) ? this.address : BleAddress.parse(BluezValues.string(value));
			case "AddressType" -> this.addressType = "random".equals(lower(BluezValues.string(value)))
					? AddressType.RANDOM : AddressType.PUBLIC;
			case "RSSI" -> this.rssi = BluezValues.integer(value);
			case "TxPower" -> this.txPower = BluezValues.integer(value);
			case "ManufacturerData" -> this.manufacturerData = BluezValues.manufacturerData(value);
			case "ServiceData" -> this.serviceData = BluezValues.serviceData(value);
			case "UUIDs" -> this.uuids = BluezValues.uuids(value);
			default -> {
				return false;
			}
		}
		return ADVERTISED.contains(name);
	}

	private static String lower(String text) {
		return (text == null) ? null : text.toLowerCase(Locale.ROOT);
	}

	/** The device as heard now, or {@code null} while BlueZ has no RSSI for it. */
	synchronized Advertisement advertisement(Instant time) {
		if (this.rssi == null) {
			return null;
		}
		return new Advertisement(time, this.adapter, this.address, this.addressType, this.rssi, this.txPower,
				this.manufacturerData, this.serviceData, this.uuids, null);
	}

}
