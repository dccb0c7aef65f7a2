package org.cloakroom.kiosk.ble.decode;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

import org.cloakroom.kiosk.ble.transport.Bytes;

/**
 * What an advertisement says, as {@link AdDecoder} found it. {@code flags} is -1 and
 * {@code localName}, {@code txPower} and the frames are {@code null} when absent;
 * {@link #continuityTypes()} has bit {@code t} set for each Apple Continuity message type
 * {@code t < 64}; {@link #problems()} lists what was skipped. {@link #kind()} is what the
 * sender looks like (the rules and their reliability are in {@link Fingerprint}).
 * <p>
 * Immutable. Only the decoder makes one: it hands over the collections it built, so
 * decoding copies each payload once; the accessors of byte maps return copies. It
 * serialises with Jackson to the JSON of {@code ble decode} (see {@link #toJson()}).
 */
public final class AdFields {

	/** Apple's Bluetooth SIG company identifier. */
	public static final int APPLE = 0x004C;

	private final int flags;

	private final String localName;

	private final Integer txPower;

	private final Map<Integer, byte[]> manufacturerData;

	private final Map<UUID, byte[]> serviceData;

	private final List<UUID> serviceUuids;

	private final IBeaconFrame iBeacon;

	private final EddystoneUidFrame eddystoneUid;

	private final EddystoneUrlFrame eddystoneUrl;

	private final EddystoneTlmFrame eddystoneTlm;

	private final FastPairFrame fastPair;

	private final MicrosoftCdpFrame microsoftCdp;

	private final long continuityTypes;

	private final DeviceKind kind;

	private final List<AdProblem> problems;

	AdFields(AdFieldsBuilder in, DeviceKind kind) {
		this.flags = in.flags;
		this.localName = in.localName;
		this.txPower = in.txPower;
		this.manufacturerData = in.manufacturerData;
		this.serviceData = in.serviceData;
		this.serviceUuids = List.copyOf(in.serviceUuids);
		this.iBeacon = in.iBeacon;
		this.eddystoneUid = in.eddystoneUid;
		this.eddystoneUrl = in.eddystoneUrl;
		this.eddystoneTlm = in.eddystoneTlm;
		this.fastPair = in.fastPair;
		this.microsoftCdp = in.microsoftCdp;
		this.continuityTypes = in.continuityTypes;
		this.kind = Objects.requireNonNull(kind, "device kind");
		this.problems = List.copyOf(in.problems);
	}

	public int flags() {
		return this.flags;
	}

	public String localName() {
		return this.localName;
	}

	public Integer txPower() {
		return this.txPower;
	}

	/** Manufacturer data by company identifier, without the identifier (a copy). */
	public Map<Integer, byte[]> manufacturerData() {
		return Bytes.copyOf(this.manufacturerData);
	}

	/** Service data by service UUID, without the UUID (a copy). */
	public Map<UUID, byte[]> serviceData() {
		return Bytes.copyOf(this.serviceData);
	}

	/** The advertised service UUIDs (complete and incomplete lists, any size). */
	public List<UUID> serviceUuids() {
		return this.serviceUuids;
	}

	public IBeaconFrame iBeacon() {
		return this.iBeacon;
	}

	public EddystoneUidFrame eddystoneUid() {
		return this.eddystoneUid;
	}

	public EddystoneUrlFrame eddystoneUrl() {
		return this.eddystoneUrl;
	}

	public EddystoneTlmFrame eddystoneTlm() {
		return this.eddystoneTlm;
	}

	/** Google Fast Pair service data, or {@code null}. */
	public FastPairFrame fastPairFrame() {
		return this.fastPair;
	}

	/** Whether Google Fast Pair service data was present. */
	public boolean fastPair() {
		return this.fastPair != null;
	}

	public MicrosoftCdpFrame microsoftCdp() {
		return this.microsoftCdp;
	}

	public long continuityTypes() {
		return this.continuityTypes;
	}

	public boolean hasContinuityType(int type) {
		return type >= 0 && type < 64 && (this.continuityTypes & (1L << type)) != 0;
	}

	/** Apple's Continuity messages, decoded for display (empty when not Apple). */
	public List<ContinuityMessage> continuity() {
		byte[] apple = this.manufacturerData.get(APPLE);
		return (apple != null) ? AppleContinuity.messages(apple) : List.of();
	}

	public DeviceKind kind() {
		return this.kind;
	}

	/** What was skipped, in the order met. */
	public List<AdProblem> problems() {
		return this.problems;
	}

	/** How many structures and frames were skipped. */
	public int malformed() {
		return this.problems.size();
	}

	/**
	 * The JSON form, in a fixed order: {@code kind} and {@code malformed} always, the
	 * rest when present; bytes as lower-case hex, company identifiers as {@code 0x004c}.
	 */
	@JsonValue
	public Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("kind", this.kind);
		putIf(json, "flags", (this.flags < 0) ? null : String.format("0x%02x", this.flags));
		putIf(json, "localName", this.localName);
		putIf(json, "txPower", this.txPower);
		if (!this.serviceUuids.isEmpty()) {
			json.put("serviceUuids", this.serviceUuids.stream().map(UUID::toString).toList());
		}
		if (!this.manufacturerData.isEmpty()) {
			Map<String, String> byCompany = new LinkedHashMap<>();
			this.manufacturerData.forEach((id, bytes) -> byCompany.put(String.format("0x%04x", id), hex(bytes)));
			json.put("manufacturerData", byCompany);
		}
		if (!this.serviceData.isEmpty()) {
			Map<String, String> byService = new LinkedHashMap<>();
			this.serviceData.forEach((uuid, bytes) -> byService.put(uuid.toString(), hex(bytes)));
			json.put("serviceData", byService);
		}
		List<ContinuityMessage> continuity = continuity();
		if (!continuity.isEmpty()) {
			json.put("appleContinuity", continuity);
		}
		putIf(json, "iBeacon", this.iBeacon);
		putIf(json, "eddystoneUid", this.eddystoneUid);
		putIf(json, "eddystoneUrl", this.eddystoneUrl);
		putIf(json, "eddystoneTlm", this.eddystoneTlm);
		putIf(json, "fastPair", this.fastPair);
		putIf(json, "microsoftCdp", this.microsoftCdp);
		json.put("malformed", malformed());
		if (!this.problems.isEmpty()) {
			json.put("problems", this.problems);
		}
		return json;
	}

	private static void putIf(Map<String, Object> json, String name, Object value) {
		if (value != null) {
			json.put(name, value);
		}
	}

	private static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(bytes);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AdFields that && this.flags == that.flags
				&& Objects.equals(this.localName, that.localName) && Objects.equals(this.txPower, that.txPower)
				&& Bytes.equal(this.manufacturerData, that.manufacturerData)
				&& Bytes.equal(this.serviceData, that.serviceData) && this.serviceUuids.equals(that.serviceUuids)
				&& Objects.equals(this.iBeacon, that.iBeacon) && Objects.equals(this.eddystoneUid, that.eddystoneUid)
				&& Objects.equals(this.eddystoneUrl, that.eddystoneUrl)
				&& Objects.equals(this.eddystoneTlm, that.eddystoneTlm) && Objects.equals(this.fastPair, that.fastPair)
				&& Objects.equals(this.microsoftCdp, that.microsoftCdp) && this.continuityTypes == that.continuityTypes
				&& this.kind == that.kind && this.problems.equals(that.problems);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.flags, this.localName, this.txPower, Bytes.hash(this.manufacturerData),
				Bytes.hash(this.serviceData), this.serviceUuids, this.iBeacon, this.eddystoneUid, this.eddystoneUrl,
				this.eddystoneTlm, this.fastPair, this.microsoftCdp, this.continuityTypes, this.kind, this.problems);
	}

	@Override
	public String toString() {
		return "AdFields" + toJson();
	}

}
