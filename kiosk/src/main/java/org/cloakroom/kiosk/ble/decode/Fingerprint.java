package org.cloakroom.kiosk.ble.decode;

import java.util.List;
import java.util.UUID;

/**
 * Tells a device's kind from one advertisement. The rules, strongest first, and how far
 * each can be trusted:
 * <ul>
 * <li>an iBeacon or Eddystone frame: certain for the frame, but a phone app can send one
 * too, so such a packet is the beacon, not a phone;</li>
 * <li>Apple Continuity: what each message says about its sender, most specific first
 * (Proximity Pairing → AirPods; a watch's Nearby Info, Magic Switch → watch; an Apple
 * TV's or HomePod's setup prompts; a device class; AirPlay Target → Mac beside Nearby
 * Info, else Apple TV; Nearby Info, Handoff, AirDrop, tethering, the background overflow
 * area → iPhone; anything else, such as Find My, → an Apple device that is not a phone).
 * The rules and how far each holds are in {@link AppleSigns} and the README's "Who is
 * who";</li>
 * <li>Microsoft CDP (company 0x0006): device type 8 is an Android phone running Phone
 * Link (strong), 6 an iPhone, other types Windows;</li>
 * <li>Google's Nearby service 0xFEF3 or 0xFCF1 (Quick Share, cross-device): an Android
 * phone (medium: Chromebooks and Android tablets send it too);</li>
 * <li>Google Fast Pair 0xFE2C without a Nearby sign: a Fast Pair accessory, not a phone —
 * the specification has providers (headphones, earbuds, speakers) advertise it and
 * seekers (phones) listen, so counting it as a phone would ask every employee with
 * earbuds to store a phone they do not have;</li>
 * <li>Exposure Notification 0xFD6F: a phone of either platform (strong, now rare).</li>
 * </ul>
 */
final class Fingerprint {

	private Fingerprint() {
	}

	static DeviceKind kindOf(AdFieldsBuilder in) {
		if (in.iBeacon != null) {
			return DeviceKind.IBEACON;
		}
		if (in.eddystoneUid != null || in.eddystoneUrl != null || in.eddystoneTlm != null) {
			return DeviceKind.EDDYSTONE;
		}
		if (in.apple) {
			return AppleSigns.kind(in.appleSigns);
		}
		if (in.microsoftCdp != null) {
			return switch (in.microsoftCdp.deviceType()) {
				case 8 -> DeviceKind.ANDROID_PHONE;
				case 6 -> DeviceKind.IPHONE;
				default -> DeviceKind.WINDOWS;
			};
		}
		return google(in.serviceUuids,
				in.serviceData.containsKey(BluetoothUuids.GOOGLE_NEARBY)
						|| in.serviceData.containsKey(BluetoothUuids.GOOGLE_PRESENCE),
				in.fastPair != null, in.serviceData.containsKey(BluetoothUuids.EXPOSURE_NOTIFICATION));
	}

	private static DeviceKind google(List<UUID> uuids, boolean nearbyData, boolean fastPair, boolean exposureData) {
		if (nearbyData || uuids.contains(BluetoothUuids.GOOGLE_NEARBY)
				|| uuids.contains(BluetoothUuids.GOOGLE_PRESENCE)) {
			return DeviceKind.ANDROID_PHONE;
		}
		if (fastPair) {
			return DeviceKind.FAST_PAIR_ACCESSORY;
		}
		if (exposureData || uuids.contains(BluetoothUuids.EXPOSURE_NOTIFICATION)) {
			return DeviceKind.PHONE;
		}
		return DeviceKind.UNKNOWN;
	}

}
