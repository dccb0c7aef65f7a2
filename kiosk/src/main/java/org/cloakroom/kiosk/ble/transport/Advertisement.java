package org.cloakroom.kiosk.ble.transport;

import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.cloakroom.kiosk.ble.BleAddress;

/**
 * One advertising packet as one adapter heard it. A transport fills what it knows: an HCI
 * or replay source has {@code rawAd} (the AD structures as sent, which then win); BlueZ's
 * D-Bus API only hands over the parsed maps. {@code txPower} is {@code null} when not
 * advertised; {@code rawAd} is {@code null} when not known.
 */
public record Advertisement(Instant time, String adapter, BleAddress address, AddressType addressType, int rssi,
		Integer txPower, Map<Integer, byte[]> manufacturerData, Map<UUID, byte[]> serviceData, List<UUID> serviceUuids,
		byte[] rawAd) {

	public Advertisement {
		Objects.requireNonNull(time, "advertisement time");
		Objects.requireNonNull(address, "advertisement address");
		Objects.requireNonNull(addressType, "advertisement address type");
		if (adapter == null || adapter.isBlank()) {
			throw new IllegalArgumentException(
					"An advertisement needs the adapter that heard it, got '" + adapter + "'");
		}
		manufacturerData = Bytes.copyOf(manufacturerData);
		serviceData = Bytes.copyOf(serviceData);
		serviceUuids = (serviceUuids == null) ? List.of() : List.copyOf(serviceUuids);
		rawAd = (rawAd == null) ? null : rawAd.clone();
	}

	/**
	 * An advertisement known only by its raw AD structures (simulated radio, HCI,
	 * replay).
	 */
	public static Advertisement ofRaw(Instant time, String adapter, BleAddress address, AddressType addressType,
			int rssi, byte[] rawAd) {
		return new Advertisement(time, adapter, address, addressType, rssi, null, Map.of(), Map.of(), List.of(),
				Objects.requireNonNull(rawAd, "raw AD bytes"));
	}

	@Override
	public Map<Integer, byte[]> manufacturerData() {
		return Bytes.copyOf(this.manufacturerData);
	}

	@Override
	public Map<UUID, byte[]> serviceData() {
		return Bytes.copyOf(this.serviceData);
	}

	@Override
	public byte[] rawAd() {
		return (this.rawAd == null) ? null : this.rawAd.clone();
	}

	/**
	 * The raw AD bytes without a copy, for the decoder on the hot path; do not modify.
	 */
	public byte[] rawAdShared() {
		return this.rawAd;
	}

	/** The manufacturer data without a copy, for the decoder; do not modify. */
	public Map<Integer, byte[]> manufacturerDataShared() {
		return this.manufacturerData;
	}

	/** The service data without a copy, for the decoder; do not modify. */
	public Map<UUID, byte[]> serviceDataShared() {
		return this.serviceData;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Advertisement that && this.time.equals(that.time) && this.adapter.equals(that.adapter)
				&& this.address.equals(that.address) && this.addressType == that.addressType && this.rssi == that.rssi
				&& Objects.equals(this.txPower, that.txPower)
				&& Bytes.equal(this.manufacturerData, that.manufacturerData)
				&& Bytes.equal(this.serviceData, that.serviceData) && this.serviceUuids.equals(that.serviceUuids)
				&& Arrays.equals(this.rawAd, that.rawAd);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.time, this.adapter, this.address, this.addressType, this.rssi, this.txPower,
				Bytes.hash(this.manufacturerData), Bytes.hash(this.serviceData), this.serviceUuids)
				+ 31 * Arrays.hashCode(this.rawAd);
	}

	/** Shows the address: only for debugging, never for logs of unenrolled devices. */
	@Override
	public String toString() {
		return "Advertisement[time=" + this.time + ", adapter=" + this.adapter + ", address=" + this.address + " "
				+ this.addressType + ", rssi=" + this.rssi + ", txPower=" + this.txPower + ", manufacturerData="
				+ Bytes.toString(this.manufacturerData) + ", serviceData=" + Bytes.toString(this.serviceData)
				+ ", serviceUuids=" + this.serviceUuids + ", rawAd="
				+ ((this.rawAd == null) ? "unknown" : HexFormat.of().formatHex(this.rawAd)) + "]";
	}

}
