package org.cloakroom.kiosk.ble.decode;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.cloakroom.kiosk.ble.transport.Bytes;

/**
 * What an advertisement says. {@code flags} is -1 and {@code localName}, {@code txPower},
 * {@code iBeacon}, {@code eddystoneUid} are {@code null} when absent;
 * {@code continuityTypes} has bit {@code t} set for each Apple Continuity message type
 * {@code t < 64}; {@code malformed} counts the structures and frames that were skipped.
 */
public record AdFields(int flags, String localName, Integer txPower, Map<Integer, byte[]> manufacturerData,
		Map<UUID, byte[]> serviceData, List<UUID> serviceUuids, IBeaconFrame iBeacon, EddystoneUidFrame eddystoneUid,
		long continuityTypes, boolean fastPair, int malformed) {

	/** Apple's Bluetooth SIG company identifier. */
	public static final int APPLE = 0x004C;

	public AdFields {
		manufacturerData = Bytes.copyOf(manufacturerData);
		serviceData = Bytes.copyOf(serviceData);
		serviceUuids = (serviceUuids == null) ? List.of() : List.copyOf(serviceUuids);
		if (malformed < 0) {
			throw new IllegalArgumentException("malformed count must not be negative, got " + malformed);
		}
	}

	@Override
	public Map<Integer, byte[]> manufacturerData() {
		return Bytes.copyOf(this.manufacturerData);
	}

	@Override
	public Map<UUID, byte[]> serviceData() {
		return Bytes.copyOf(this.serviceData);
	}

	public boolean hasContinuityType(int type) {
		return type >= 0 && type < 64 && (this.continuityTypes & (1L << type)) != 0;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AdFields that && this.flags == that.flags
				&& Objects.equals(this.localName, that.localName) && Objects.equals(this.txPower, that.txPower)
				&& Bytes.equal(this.manufacturerData, that.manufacturerData)
				&& Bytes.equal(this.serviceData, that.serviceData) && this.serviceUuids.equals(that.serviceUuids)
				&& Objects.equals(this.iBeacon, that.iBeacon) && Objects.equals(this.eddystoneUid, that.eddystoneUid)
				&& this.continuityTypes == that.continuityTypes && this.fastPair == that.fastPair
				&& this.malformed == that.malformed;
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.flags, this.localName, this.txPower, Bytes.hash(this.manufacturerData),
				Bytes.hash(this.serviceData), this.serviceUuids, this.iBeacon, this.eddystoneUid, this.continuityTypes,
				this.fastPair, this.malformed);
	}

	@Override
	public String toString() {
		return "AdFields[flags=" + this.flags + ", localName=" + this.localName + ", txPower=" + this.txPower
				+ ", manufacturerData=" + Bytes.toString(this.manufacturerData) + ", serviceData="
				+ Bytes.toString(this.serviceData) + ", serviceUuids=" + this.serviceUuids + ", iBeacon=" + this.iBeacon
				+ ", eddystoneUid=" + this.eddystoneUid + ", continuityTypes=0x"
				+ Long.toHexString(this.continuityTypes) + ", fastPair=" + this.fastPair + ", malformed="
				+ this.malformed + "]";
	}

}
