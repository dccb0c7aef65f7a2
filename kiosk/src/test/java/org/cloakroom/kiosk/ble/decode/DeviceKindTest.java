package org.cloakroom.kiosk.ble.decode;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloakroom.kiosk.ble.decode.AdDecoderTest.hex;

/**
 * Kinds from Apple Continuity message types (as dissected by furiousMAC's continuity
 * Wireshark plugin and Celosia and Cunche, "Discontinued Privacy", PETS 2020), Google's
 * services and Microsoft's CDP beacon ([MS-CDP] 2.2.2.2).
 */
class DeviceKindTest {

	@Test
	void anIPhoneSendsNearbyInfoOrHandoffWithoutAirPlayTarget() {
		assertThat(kindOf("0aff4c00" + "1005031c4e3a21")).isEqualTo(DeviceKind.IPHONE);
		assertThat(kindOf("0eff4c00" + "0c020000" + "1005011c000000")).isEqualTo(DeviceKind.IPHONE);
		assertThat(kindOf("08ff4c00" + "0f03" + "400f00")).isEqualTo(DeviceKind.IPHONE);
	}

	@Test
	void airPodsSendProximityPairing() {
		assertThat(kindOf("1eff4c00" + "0719" + "01" + "0f20" + "55".repeat(22))).isEqualTo(DeviceKind.AIRPODS);
	}

	@Test
	void aMacSendsAirPlayTargetBesideNearbyInfo() {
		assertThat(kindOf("0fff4c00" + "0906" + "030012c0a801" + "1002" + "0b1c")).isEqualTo(DeviceKind.MAC);
	}

	@Test
	void findMyAndOtherAppleMessagesAreAnAppleDeviceNotAPhone() {
		AdFields findMy = AdDecoder.decode(hex("1eff4c00" + "1219" + "10" + "aa".repeat(22) + "0000"));
		assertThat(findMy.problems()).isEmpty();
		assertThat(findMy.kind()).isEqualTo(DeviceKind.APPLE_DEVICE);
		assertThat(findMy.kind().isPhone()).isFalse();
	}

	@Test
	void googleNearbyAndMicrosoftPhoneLinkMarkAnAndroidPhone() {
		assertThat(kindOf("0303f3fe")).isEqualTo(DeviceKind.ANDROID_PHONE);
		assertThat(kindOf("0516f1fc" + "0102")).isEqualTo(DeviceKind.ANDROID_PHONE);
		assertThat(kindOf("0aff0600" + "0108" + "2002" + "0000aa")).isEqualTo(DeviceKind.ANDROID_PHONE);
		assertThat(kindOf("0aff0600" + "0109" + "2002" + "0000aa")).isEqualTo(DeviceKind.WINDOWS);
		assertThat(AdDecoder.decode(hex("0aff0600" + "0109" + "2002" + "0000aa")).microsoftCdp())
			.isEqualTo(new MicrosoftCdpFrame(9, "Windows desktop"));
	}

	@Test
	void tellsAFastPairModelIdFromAccountKeyDataAndCountsTheSenderAsAnAccessory() {
		AdFields discoverable = AdDecoder.decode(hex("06162cfe" + "f52494"));
		assertThat(discoverable.fastPairFrame()).isEqualTo(new FastPairFrame("f52494", null));
		assertThat(discoverable.kind()).isEqualTo(DeviceKind.FAST_PAIR_ACCESSORY);
		assertThat(discoverable.kind().isPhone()).as("earbuds are not a phone").isFalse();
		AdFields notDiscoverable = AdDecoder.decode(hex("0b162cfe" + "00" + "40" + "0102030405" + "11"));
		assertThat(notDiscoverable.fastPairFrame()).isEqualTo(new FastPairFrame(null, "0040010203040511"));
	}

	@Test
	void exposureNotificationIsAPhoneOfEitherPlatform() {
		assertThat(kindOf("03036ffd" + "17166ffd" + "00".repeat(20))).isEqualTo(DeviceKind.PHONE);
		assertThat(DeviceKind.PHONE.isPhone()).isTrue();
	}

	@Test
	void beaconsAreBeaconsAndSilenceIsUnknown() {
		assertThat(AdDecoder.decode(AdDecoderTest.IBEACON).kind()).isEqualTo(DeviceKind.IBEACON);
		assertThat(AdDecoder.decode(AdDecoderTest.EDDYSTONE_UID).kind()).isEqualTo(DeviceKind.EDDYSTONE);
		assertThat(kindOf("020106" + "0409" + "4b696f")).isEqualTo(DeviceKind.UNKNOWN);
	}

	@Test
	void blueZMapsGiveTheSameKinds() {
		assertThat(AdDecoder.fromMaps(null, Map.of(0x004C, hex("1005031c4e3a21")), null, null).kind())
			.isEqualTo(DeviceKind.IPHONE);
		assertThat(AdDecoder.fromMaps(null, null, null, List.of(BluetoothUuids.GOOGLE_NEARBY)).kind())
			.isEqualTo(DeviceKind.ANDROID_PHONE);
	}

	private static DeviceKind kindOf(String hex) {
		AdFields fields = AdDecoder.decode(hex(hex));
		assertThat(fields.problems()).as("problems in %s", hex).isEmpty();
		return fields.kind();
	}

}
