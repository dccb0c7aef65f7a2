package org.cloakroom.kiosk.ble.decode;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloakroom.kiosk.ble.decode.AdDecoderTest.hex;

/**
 * Who sent an Apple advertisement, from byte vectors built from the published layouts:
 * furiousMAC's continuity message pages and Wireshark dissector ("FM"), Celosia and
 * Cunche, "Discontinued Privacy", PETS 2020 ("CC"), hexway's apple_bleee tables ("HW"),
 * the Theengs decoder's and ESPHome's Apple Watch fingerprints ("TH"), the Flipper Zero's
 * Apple BLE payloads ("FZ", Nearby Action flags 0xC0 then type and a 3-byte tag), and
 * David Young's "Hacking the overflow area" (2020, "DY"). Each vector is the AD
 * structures as a scanner hands them over: flags 0x1A, then manufacturer data 0x004C.
 */
class ContinuityClassificationTest {

	/** Flags AD structure of an iOS device (LE general, simultaneous LE and BR/EDR). */
	private static final String FLAGS = "02011a";

	@Test
	void aLockedAppleWatchIsAWatchNotAPhone() {
		// TH: Nearby Info of exactly five bytes whose data flags are 0x18 (Wi-Fi off,
		// auth tag present): "locked"; FM: action code 0x3, tag 3 bytes
		AdFields locked = decode(apple("1005" + "03" + "18" + "a1b2c3"));
		assertThat(locked.kind()).isEqualTo(DeviceKind.WATCH);
		assertThat(locked.kind().isPhone()).isFalse();
		// FM: data flag 0x20 "Apple Watch locked", beside Wi-Fi (0x04) and auth tag
		// (0x10)
		assertThat(kindOf(apple("1005" + "01" + "34" + "a1b2c3"))).isEqualTo(DeviceKind.WATCH);
	}

	@Test
	void anUnlockedAppleWatchIsAWatchNotAPhone() {
		// FM: action code 0x0A "watch on wrist and unlocked" (status 0x1: primary device)
		AdFields unlocked = decode(apple("1005" + "1a" + "1c" + "d4e5f6"));
		assertThat(unlocked.kind()).isEqualTo(DeviceKind.WATCH);
		assertThat(unlocked.continuity().get(0).fields()).containsEntry("actionCode",
				"0x0a (watch on wrist and unlocked)");
		// FM, CC: Magic Switch (data 2 bytes, wrist confidence 0x3f "on wrist", HW)
		assertThat(kindOf(apple("0b03" + "c4b5" + "3f"))).isEqualTo(DeviceKind.WATCH);
		assertThat(DeviceKind.WATCH.label()).isEqualTo("Apple Watch");
	}

	@Test
	void anAppleTvOrHomePodIsNotAPhone() {
		// FM: AirPlay Target (flags, seed, IPv4) with nothing beside it
		AdFields airPlay = decode(apple("0906" + "03" + "07" + "c0a80102"));
		assertThat(airPlay.kind()).isEqualTo(DeviceKind.APPLE_TV);
		assertThat(airPlay.continuity().get(0).fields()).containsEntry("ipv4", "192.168.1.2");
		// FM, FZ: Nearby Action "Apple TV Setup" (0x01) and "Apple TV Pair" (0x06)
		assertThat(kindOf(apple("0f05" + "c0" + "01" + "a1b2c3"))).isEqualTo(DeviceKind.APPLE_TV);
		assertThat(kindOf(apple("0f05" + "c0" + "06" + "a1b2c3"))).isEqualTo(DeviceKind.APPLE_TV);
		// AJ: "Apple TV Setup" exactly as sent: a type 0x04 message, Nearby Action (flags
		// 0xc1, type 0x01, tag 604c95), two empty messages and an empty Nearby Info
		AdFields appleJuice = decode("16ff4c00" + "04042a000000" + "0f05c101604c95" + "0000" + "1000" + "0000");
		assertThat(appleJuice.problems()).isEmpty();
		assertThat(appleJuice.kind()).isEqualTo(DeviceKind.APPLE_TV);
		assertThat(appleJuice.continuity()).extracting(ContinuityMessage::name)
			.contains("Nearby Action", "Nearby Info");
		assertThat(appleJuice.continuity().get(1).fields()).containsEntry("actionType", "0x01 (Apple TV Setup)");
		// FZ: "Join This Apple TV?" with flags 0xbf
		assertThat(kindOf(apple("0f05" + "bf" + "20" + "a1b2c3"))).isEqualTo(DeviceKind.APPLE_TV);
		// FM, FZ: Speaker Setup (0x0B) is a HomePod's; FM: Hey Siri device class 0x0007
		assertThat(kindOf(apple("0f05" + "c0" + "0b" + "a1b2c3"))).isEqualTo(DeviceKind.HOMEPOD);
		assertThat(kindOf(apple("0807" + "d6ec" + "43" + "00" + "0007" + "ca"))).isEqualTo(DeviceKind.HOMEPOD);
		assertThat(DeviceKind.APPLE_TV.isPhone()).isFalse();
		assertThat(DeviceKind.HOMEPOD.isPhone()).isFalse();
	}

	@Test
	void aMacIsNotAPhone() {
		// FM: AirPlay Target beside Nearby Info (macOS 12 and later receive AirPlay)
		assertThat(kindOf(apple("0906" + "030012c0a801" + "1005" + "07" + "14" + "a1b2c3"))).isEqualTo(DeviceKind.MAC);
		// HW: Hey Siri device class 0x0009 (hash, SNR, confidence, class, random byte)
		assertThat(kindOf(apple("0807" + "d6ec" + "43" + "00" + "0009" + "ca"))).isEqualTo(DeviceKind.MAC);
		assertThat(DeviceKind.MAC.isPhone()).isFalse();
	}

	@Test
	void airPodsAreNotAPhoneAndTellTheirModel() {
		// FM: Proximity Pairing: prefix 0x01, model 0x0e20 (AirPods Pro), status 0x55
		// (both in case), batteries 0x88, charging and case 0x8f, lid counter, colour,
		// suffix, 16 encrypted bytes
		AdFields airPods = decode(apple(
				"0719" + "01" + "0e20" + "55" + "88" + "8f" + "57" + "00" + "00" + "9672711ae6a965737c80d805039773d1"));
		assertThat(airPods.problems()).isEmpty();
		assertThat(airPods.kind()).isEqualTo(DeviceKind.AIRPODS);
		assertThat(airPods.kind().isPhone()).isFalse();
		assertThat(airPods.continuity().get(0).fields()).containsEntry("deviceModel", "0x0e20 (AirPods Pro)");
	}

	@Test
	void anIPhoneInTheForegroundIsAPhone() {
		// FM: Nearby Info: status 0x1 (primary iCloud device), action 0x7 (screen on),
		// data flags 0x1c (auth tag, unknown 0x08, Wi-Fi on), 3-byte auth tag
		AdFields screenOn = decode(apple("1005" + "17" + "1c" + "839096"));
		assertThat(screenOn.kind()).isEqualTo(DeviceKind.IPHONE);
		Map<String, Object> fields = screenOn.continuity().get(0).fields();
		assertThat(fields).containsEntry("actionCode", "0x07 (active user (screen on))");
		assertThat(fields).containsEntry("statusFlags", List.of("primary iCloud device"));
		assertThat(fields).containsEntry("dataFlags", List.of("Wi-Fi on", "unknown 0x08", "auth tag present"));
		assertThat(fields).containsEntry("authTag", "839096");
		// FM: iPhone X and later: a post-auth byte after the tag (length 6)
		assertThat(kindOf(apple("1006" + "1b" + "1c" + "839096" + "80"))).isEqualTo(DeviceKind.IPHONE);
		// FM, HW: Wi-Fi Password (Nearby Action 0x08) with hashed Apple ID, phone, e-mail
		assertThat(kindOf(apple("0f11" + "c0" + "08" + "390087" + "3455e6" + "395504" + "09fc87" + "f9575b")))
			.isEqualTo(DeviceKind.IPHONE);
	}

	@Test
	void anIPhoneInTheBackgroundIsAPhone() {
		// DY: iOS 12 with an app advertising a service in the background: type 0x01 and
		// a 16-byte bitmap, no length byte; nothing else in the packet
		AdFields overflow = decode(FLAGS + "14ff4c00" + "01" + "00000000000000000000080000000000");
		assertThat(overflow.problems()).isEmpty();
		assertThat(overflow.kind()).isEqualTo(DeviceKind.IPHONE);
		assertThat(overflow.hasContinuityType(0x01)).isTrue();
		assertThat(overflow.continuity().get(0).name()).isEqualTo("Overflow Area");
		assertThat(overflow.continuity().get(0).fields()).containsEntry("servicesHashed", 1);
		// FM, CC: Handoff only: clipboard 0x00, sequence number, GCM tag, 10 encrypted
		// bytes
		AdFields handoff = decode(apple("0c0e" + "00" + "495a" + "48" + "f28a1927bd62fd895b5a"));
		assertThat(handoff.kind()).isEqualTo(DeviceKind.IPHONE);
		assertThat(handoff.continuity().get(0).fields()).containsEntry("sequenceNumber", 0x5a49);
		// AJ: "Setup New Phone" (Nearby Action 0x09 without a device class) is a new
		// iPhone
		assertThat(kindOf("16ff4c00" + "04042a000000" + "0f05c109604c95" + "0000" + "1000" + "0000"))
			.isEqualTo(DeviceKind.IPHONE);
		// FM: a locked iPhone's Nearby Info (action 0x3, data flags 0x1c)
		assertThat(kindOf(apple("1005" + "03" + "1c" + "4e3a21"))).isEqualTo(DeviceKind.IPHONE);
	}

	@Test
	void anIPadThatSaysSoIsAnIPadAndCountsAsAPhone() {
		// HW: Hey Siri device class 0x0003; FM: iOS Setup (0x09) device class 0x6
		assertThat(kindOf(apple("0807" + "d6ec" + "43" + "00" + "0003" + "ca"))).isEqualTo(DeviceKind.IPAD);
		AdFields setup = decode(apple("0f09" + "c0" + "09" + "a1b2c3" + "06" + "01" + "01" + "0a"));
		assertThat(setup.kind()).isEqualTo(DeviceKind.IPAD);
		assertThat(setup.continuity().get(0).fields()).containsEntry("deviceClass", "0x06 (iPad)");
		assertThat(DeviceKind.IPAD.isPhone()).isTrue();
		// the same setup message from an iPhone (class 0x2)
		assertThat(kindOf(apple("0f09" + "c0" + "09" + "a1b2c3" + "02" + "01" + "01" + "0a")))
			.isEqualTo(DeviceKind.IPHONE);
	}

	@Test
	void aCutOverflowAreaIsAProblemNotAPhone() {
		AdFields cut = decode(FLAGS + "0aff4c00" + "01" + "0000000000000000");
		assertThat(cut.malformed()).isEqualTo(1);
		assertThat(cut.problems().get(0).in()).isEqualTo("Apple overflow area");
		assertThat(cut.kind().isPhone()).isFalse();
	}

	@Test
	void blueZMapsGiveTheSameKinds() {
		assertThat(AdDecoder.fromMaps(null, Map.of(0x004C, hex("01" + "00000000000000000000080000000000")), null, null)
			.kind()).isEqualTo(DeviceKind.IPHONE);
		assertThat(AdDecoder.fromMaps(null, Map.of(0x004C, hex("1005" + "03" + "18" + "a1b2c3")), null, null).kind())
			.isEqualTo(DeviceKind.WATCH);
	}

	/** Flags, then one manufacturer-data structure with Apple's company id. */
	private static String apple(String messages) {
		int length = 3 + messages.length() / 2;
		return FLAGS + String.format("%02x", length) + "ff4c00" + messages;
	}

	private static AdFields decode(String hex) {
		return AdDecoder.decode(hex(hex));
	}

	private static DeviceKind kindOf(String hex) {
		AdFields fields = decode(hex);
		assertThat(fields.problems()).as("problems in %s", hex).isEmpty();
		return fields.kind();
	}

}
