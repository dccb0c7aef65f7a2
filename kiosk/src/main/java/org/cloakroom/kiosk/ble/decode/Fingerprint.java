package org.cloakroom.kiosk.ble.decode;

import java.util.List;
import java.util.UUID;

/**
 * Tells a device's kind from one advertisement. The rules, strongest first, and how far
 * each can be trusted:
 * <ul>
 * <li>an iBeacon or Eddystone frame: certain for the frame, but a phone app can send one
 * too, so such a packet is the beacon, not a phone;</li>
 * <li>Apple Continuity Proximity Pairing (0x07): AirPods and Beats only (strong);</li>
 * <li>AirPlay Target (0x09): sent by Macs, and also by Apple TVs and HomePods, so
 * {@code Mac} means "an AirPlay receiver from Apple" (medium);</li>
 * <li>Nearby Info (0x10), Nearby Action (0x0F), Handoff (0x0C), AirDrop (0x05) and
 * tethering (0x0D, 0x0E) without AirPlay Target: an iPhone — but iPads and Apple Watches
 * send the same messages, and Macs send Handoff too (medium: "an iOS device");</li>
 * <li>any other Apple message, such as Find My (0x12, AirTags and devices that are off or
 * away from their owner) or HomeKit: an Apple device that is not a phone (medium);</li>
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

	private static final long IOS_TYPES = (1L << 0x05) | (1L << 0x0C) | (1L << 0x0D) | (1L << 0x0E) | (1L << 0x0F)
			| (1L << 0x10);

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
			return apple(in.continuityTypes);
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

	private static DeviceKind apple(long types) {
		if ((types & (1L << 0x07)) != 0) {
			return DeviceKind.AIRPODS;
		}
		if ((types & (1L << 0x09)) != 0) {
			return DeviceKind.MAC;
		}
		return ((types & IOS_TYPES) != 0) ? DeviceKind.IPHONE : DeviceKind.APPLE_DEVICE;
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
