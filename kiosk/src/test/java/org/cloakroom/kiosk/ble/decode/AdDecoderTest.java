package org.cloakroom.kiosk.ble.decode;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.cloakroom.kiosk.ble.EddystoneUidIdentity;
import org.cloakroom.kiosk.ble.IBeaconIdentity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

class AdDecoderTest {

	/**
	 * Apple's Proximity Beacon Specification, "Beacon Advertising Packet": flags, then
	 * manufacturer data 4C 00 with beacon type 02 15, proximity UUID, major, minor
	 * (big-endian) and the measured power (C5 = −59 dBm).
	 */
	static final byte[] IBEACON = hex(
			"020106" + "1aff4c000215" + "e2c56db5dffb48d2b060d0f5a71096e0" + "0102" + "0304" + "c5");

	/**
	 * Google's Eddystone protocol specification: the service UUID list (03 03 AA FE),
	 * then service data AA FE with the UID frame: type 00, ranging data (EE = −18 dBm at
	 * 0 m), 10-byte namespace, 6-byte instance, 2 RFU bytes.
	 */
	static final byte[] EDDYSTONE_UID = hex(
			"020106" + "0303aafe" + "1716aafe" + "00ee" + "edd1ebeac04e5defa017" + "0123456789ab" + "0000");

	/** An iPhone's idle advertisement: Continuity Nearby Info (type 10, length 05). */
	static final byte[] NEARBY_INFO = hex("02011a" + "0aff4c001005031c" + "4e3a21");

	@Test
	void decodesAnIBeaconFrameFromTheSpecification() {
		AdFields fields = AdDecoder.decode(IBEACON);
		assertThat(fields.malformed()).isZero();
		assertThat(fields.flags()).isEqualTo(0x06);
		assertThat(fields.iBeacon())
			.isEqualTo(new IBeaconFrame(UUID.fromString("e2c56db5-dffb-48d2-b060-d0f5a71096e0"), 0x0102, 0x0304, -59));
		assertThat(fields.iBeacon().identity())
			.isEqualTo(new IBeaconIdentity(UUID.fromString("e2c56db5-dffb-48d2-b060-d0f5a71096e0"), 258, 772));
		assertThat(fields.hasContinuityType(0x02)).isTrue();
		assertThat(fields.manufacturerData()).containsOnlyKeys(AdFields.APPLE);
	}

	@Test
	void decodesAnEddystoneUidFrameFromTheSpecification() {
		AdFields fields = AdDecoder.decode(EDDYSTONE_UID);
		assertThat(fields.malformed()).isZero();
		assertThat(fields.serviceUuids()).containsExactly(BluetoothUuids.EDDYSTONE);
		assertThat(fields.eddystoneUid()).isEqualTo(new EddystoneUidFrame(-18, "edd1ebeac04e5defa017", "0123456789ab"));
		assertThat(fields.eddystoneUid().identity())
			.isEqualTo(new EddystoneUidIdentity("EDD1EBEAC04E5DEFA017", "0123456789AB"));
	}

	@Test
	void acceptsAnEddystoneUidFrameWithoutItsReservedBytes() {
		AdFields fields = AdDecoder.decode(hex("1516aafe00ee" + "edd1ebeac04e5defa017" + "0123456789ab"));
		assertThat(fields.malformed()).isZero();
		assertThat(fields.eddystoneUid().instance()).isEqualTo("0123456789ab");
	}

	@Test
	void recognisesContinuityNearbyInfoAndFastPair() {
		assertThat(AdDecoder.decode(NEARBY_INFO).hasContinuityType(0x10)).isTrue();
		AdFields fastPair = AdDecoder.decode(hex("020106" + "06162cfe" + "aabbcc"));
		assertThat(fastPair.fastPair()).isTrue();
		assertThat(fastPair.serviceData()).containsOnlyKeys(BluetoothUuids.FAST_PAIR);
		assertThat(fastPair.serviceData().get(BluetoothUuids.FAST_PAIR)).containsExactly(0xaa, 0xbb, 0xcc);
	}

	@Test
	void decodesNameTxPowerAndUuidListsLittleEndian() {
		AdFields fields = AdDecoder.decode(hex(
				"0409" + "4b696f" + "020a" + "f4" + "050312182c" + "fe" + "1107" + "fb349b5f80000080001000000d180000"));
		assertThat(fields.localName()).isEqualTo("Kio");
		assertThat(fields.txPower()).isEqualTo(-12);
		assertThat(fields.serviceUuids()).containsExactly(BluetoothUuids.of16(0x1812), BluetoothUuids.of16(0xFE2C),
				UUID.fromString("0000180d-0000-1000-8000-00805f9b34fb"));
		assertThat(fields.malformed()).isZero();
	}

	@Test
	void decodesTheMapsThatBlueZHandsOver() {
		AdFields fields = AdDecoder.fromMaps(-7, Map.of(AdFields.APPLE, hex("1005031c4e3a21")),
				Map.of(BluetoothUuids.EDDYSTONE, hex("00ee" + "edd1ebeac04e5defa017" + "0123456789ab")),
				List.of(BluetoothUuids.EDDYSTONE));
		assertThat(fields.txPower()).isEqualTo(-7);
		assertThat(fields.hasContinuityType(0x10)).isTrue();
		assertThat(fields.eddystoneUid().namespace()).isEqualTo("edd1ebeac04e5defa017");
		assertThat(fields.malformed()).isZero();
	}

	@Test
	void treatsTrailingZerosAsPaddingNotAsMalformed() {
		byte[] padded = new byte[31];
		System.arraycopy(NEARBY_INFO, 0, padded, 0, NEARBY_INFO.length);
		assertThat(AdDecoder.decode(padded).malformed()).isZero();
		assertThat(AdDecoder.decode(padded).hasContinuityType(0x10)).isTrue();
	}

	@Test
	void countsAZeroLengthFollowedByDataAndKeepsWhatCameBefore() {
		AdFields fields = AdDecoder.decode(hex("020106" + "00" + "0aff4c00"));
		assertThat(fields.malformed()).isEqualTo(1);
		assertThat(fields.flags()).isEqualTo(6);
		assertThat(fields.manufacturerData()).isEmpty();
	}

	@Test
	void countsALengthThatRunsPastTheEnd() {
		AdFields fields = AdDecoder.decode(hex("020106" + "1aff4c000215e2c5"));
		assertThat(fields.malformed()).isEqualTo(1);
		assertThat(fields.flags()).isEqualTo(6);
		assertThat(fields.iBeacon()).isNull();
	}

	@Test
	void countsTruncatedFramesAndStructures() {
		assertThat(AdDecoder.decode(hex("0aff4c000215e2c56db5df")).malformed()).as("iBeacon cut short").isEqualTo(1);
		assertThat(AdDecoder.decode(hex("02ff4c")).malformed()).as("manufacturer data without company").isEqualTo(1);
		assertThat(AdDecoder.decode(hex("0916aafe00eeedd1ebea")).malformed()).as("Eddystone-UID cut short")
			.isEqualTo(1);
		assertThat(AdDecoder.decode(hex("0401")).malformed()).as("length past the end").isEqualTo(1);
		assertThat(AdDecoder.decode(hex("040312180a")).malformed()).as("odd 16-bit UUID list").isEqualTo(1);
		assertThat(AdDecoder.decode(hex("030a0102")).malformed()).as("two-byte tx power").isEqualTo(1);
		assertThat(AdDecoder.decode(hex("0616aafe")).malformed()).as("service data overrun").isEqualTo(1);
		assertThat(AdDecoder.decode(hex("05ff4c00100a")).malformed()).as("continuity length past the end").isEqualTo(1);
	}

	@Test
	void decodesNothingFromNothing() {
		assertThat(AdDecoder.decode((byte[]) null).malformed()).isZero();
		assertThat(AdDecoder.decode(new byte[0]).flags()).isEqualTo(-1);
		assertThat(AdDecoder.fromMaps(null, null, null, null).malformed()).isZero();
	}

	@Test
	void neverThrowsOnSeededMutationsOfValidFrames() {
		Random random = new Random(7);
		for (int i = 0; i < 20_000; i++) {
			byte[] frame = mutate(List.of(IBEACON, EDDYSTONE_UID, NEARBY_INFO).get(i % 3), random);
			assertThatNoException().isThrownBy(() -> AdDecoder.decode(frame));
		}
	}

	private static byte[] mutate(byte[] valid, Random random) {
		byte[] frame = java.util.Arrays.copyOf(valid, 1 + random.nextInt(valid.length + 4));
		for (int flips = random.nextInt(4); flips > 0; flips--) {
			frame[random.nextInt(frame.length)] = (byte) random.nextInt(256);
		}
		return frame;
	}

	static byte[] hex(String digits) {
		return HexFormat.of().parseHex(digits);
	}

}
