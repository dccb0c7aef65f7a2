package org.cloakroom.kiosk.ble.decode;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Collects one advertisement's values while the decoder walks it. Collections start empty
 * and shared, and become real ones only when a second entry arrives, so that a typical
 * packet (one manufacturer or service entry) allocates little.
 */
final class AdFieldsBuilder {

	/** Microsoft's Bluetooth SIG company identifier. */
	static final int MICROSOFT = 0x0006;

	private final boolean fromMaps;

	int flags = -1;

	String localName;

	Integer txPower;

	Map<Integer, byte[]> manufacturerData = Map.of();

	Map<UUID, byte[]> serviceData = Map.of();

	List<UUID> serviceUuids = List.of();

	IBeaconFrame iBeacon;

	EddystoneUidFrame eddystoneUid;

	EddystoneUrlFrame eddystoneUrl;

	EddystoneTlmFrame eddystoneTlm;

	FastPairFrame fastPair;

	MicrosoftCdpFrame microsoftCdp;

	boolean apple;

	long continuityTypes;

	/** What the Apple messages say about the sender ({@link AppleSigns}). */
	int appleSigns;

	List<AdProblem> problems = List.of();

	/**
	 * Loop steps taken while walking: each consumes at least one byte, so a walk of
	 * {@code n} bytes takes at most {@code 2n} steps (the fuzz tests hold it to that).
	 */
	int steps;

	AdFieldsBuilder(boolean fromMaps) {
		this.fromMaps = fromMaps;
	}

	void problem(Malformation kind, String in, int offset) {
		if (this.problems.isEmpty()) {
			this.problems = new ArrayList<>(2);
		}
		this.problems.add(new AdProblem(kind, in, this.fromMaps ? -1 : offset));
	}

	/** Manufacturer data {@code raw[from, from + length)} after the company id. */
	void manufacturer(int companyId, byte[] raw, int from, int length) {
		byte[] payload = copy(raw, from, length);
		this.manufacturerData = with(this.manufacturerData, companyId, payload);
		if (companyId == AdFields.APPLE) {
			this.apple = true;
			AppleContinuity.walk(raw, from, length, this);
		}
		else if (companyId == MICROSOFT && length >= 2 && raw[from] == 1) {
			int type = raw[from + 1] & 0x1F;
			this.microsoftCdp = new MicrosoftCdpFrame(type, MicrosoftCdpFrame.nameOf(type));
		}
	}

	/** Service data {@code raw[from, from + length)} after the UUID. */
	void service(UUID uuid, byte[] raw, int from, int length) {
		this.serviceData = with(this.serviceData, uuid, copy(raw, from, length));
		if (uuid == BluetoothUuids.EDDYSTONE || BluetoothUuids.EDDYSTONE.equals(uuid)) {
			Eddystone.frame(raw, from, length, this);
		}
		else if (uuid == BluetoothUuids.FAST_PAIR || BluetoothUuids.FAST_PAIR.equals(uuid)) {
			HexFormat hex = HexFormat.of();
			this.fastPair = (length == 3) ? new FastPairFrame(hex.formatHex(raw, from, from + 3), null)
					: new FastPairFrame(null, hex.formatHex(raw, from, from + length));
		}
	}

	void serviceUuid(UUID uuid) {
		if (this.serviceUuids.isEmpty()) {
			this.serviceUuids = new ArrayList<>(4);
		}
		this.serviceUuids.add(uuid);
	}

	void serviceUuids(List<UUID> uuids) {
		for (UUID uuid : uuids) {
			serviceUuid(uuid);
		}
	}

	AdFields build() {
		return new AdFields(this, Fingerprint.kindOf(this));
	}

	private static byte[] copy(byte[] raw, int from, int length) {
		byte[] copy = new byte[length];
		System.arraycopy(raw, from, copy, 0, length);
		return copy;
	}

	private static <K> Map<K, byte[]> with(Map<K, byte[]> map, K key, byte[] value) {
		if (map.isEmpty()) {
			return Map.of(key, value);
		}
		Map<K, byte[]> more = (map instanceof LinkedHashMap) ? map : new LinkedHashMap<>(map);
		more.put(key, value);
		return more;
	}

}
