package org.cloakroom.kiosk.ble.decode;

import java.util.Map;

/**
 * Apple Continuity's message types and the values of their fields, as the public
 * dissector tables give them: furiousMAC's "continuity" Wireshark dissector and message
 * pages, Celosia and Cunche ("Discontinued Privacy", PETS 2020), hexway's apple_bleee,
 * and, for the background overflow area, David Young's "Hacking the overflow area"
 * (2020). Names only: the layouts are read in {@link ContinuityFields}.
 */
final class ContinuityTables {

	/** iOS's background overflow area: the type, then a 16-byte bitmap, no length. */
	static final int OVERFLOW_AREA = 0x01;

	static final int OVERFLOW_AREA_BYTES = 16;

	static final int AIRDROP = 0x05;

	static final int PROXIMITY_PAIRING = 0x07;

	static final int HEY_SIRI = 0x08;

	static final int AIRPLAY_TARGET = 0x09;

	static final int AIRPLAY_SOURCE = 0x0A;

	static final int MAGIC_SWITCH = 0x0B;

	static final int HANDOFF = 0x0C;

	static final int TETHERING_TARGET = 0x0D;

	static final int TETHERING_SOURCE = 0x0E;

	static final int NEARBY_ACTION = 0x0F;

	static final int NEARBY_INFO = 0x10;

	static final int FIND_MY = 0x12;

	/** Nearby Info action code "watch on wrist and unlocked". */
	static final int ACTION_WATCH_UNLOCKED = 0x0A;

	/** Nearby Info data flag "Apple Watch locked". */
	static final int DATA_WATCH_LOCKED = 0x20;

	/**
	 * Nearby Info data flags of a locked watch (Theengs decoder, ESPHome watch
	 * detection).
	 */
	static final int DATA_LOCKED_WATCH_FINGERPRINT = 0x18;

	static final int SETUP_IOS = 0x09;

	static final int SETUP_WATCH = 0x05;

	static final int SETUP_SPEAKER = 0x0B;

	static final int TRANSFER_PHONE_NUMBER = 0x02;

	/**
	 * Nearby Action types an Apple TV sends to make nearby iPhones offer help (setup,
	 * pairing, HomeKit, keyboard auto fill, audio sync, colour balance, joining, Apple
	 * ID).
	 */
	private static final long APPLE_TV_ACTIONS = bits(0x01, 0x06, 0x0D, 0x13, 0x19, 0x1E, 0x20, 0x27, 0x2B);

	static final Map<Integer, String> TYPES = Map.ofEntries(Map.entry(OVERFLOW_AREA, "Overflow Area"),
			Map.entry(0x02, "iBeacon"), Map.entry(0x03, "AirPrint"), Map.entry(AIRDROP, "AirDrop"),
			Map.entry(0x06, "HomeKit"), Map.entry(PROXIMITY_PAIRING, "Proximity Pairing"),
			Map.entry(HEY_SIRI, "Hey Siri"), Map.entry(AIRPLAY_TARGET, "AirPlay Target"),
			Map.entry(AIRPLAY_SOURCE, "AirPlay Source"), Map.entry(MAGIC_SWITCH, "Magic Switch"),
			Map.entry(HANDOFF, "Handoff"), Map.entry(TETHERING_TARGET, "Tethering Target"),
			Map.entry(TETHERING_SOURCE, "Tethering Source"), Map.entry(NEARBY_ACTION, "Nearby Action"),
			Map.entry(NEARBY_INFO, "Nearby Info"), Map.entry(FIND_MY, "Find My"));

	/** Nearby Info's action code, the low nibble of its first byte. */
	static final Map<Integer, String> ACTION_CODES = Map.ofEntries(Map.entry(0x00, "activity level unknown"),
			Map.entry(0x01, "activity reporting disabled"), Map.entry(0x03, "idle (screen locked)"),
			Map.entry(0x05, "audio playing while screen locked"), Map.entry(0x07, "active user (screen on)"),
			Map.entry(0x09, "screen on with video playing"),
			Map.entry(ACTION_WATCH_UNLOCKED, "watch on wrist and unlocked"), Map.entry(0x0B, "recent user interaction"),
			Map.entry(0x0D, "driving a vehicle"), Map.entry(0x0E, "phone or FaceTime call"));

	/** Nearby Info's status flags, the high nibble of its first byte. */
	static final Map<Integer, String> STATUS_FLAGS = Map.of(0x1, "primary iCloud device", 0x2, "unknown 0x2", 0x4,
			"AirDrop receiving", 0x8, "unknown 0x8");

	/** Nearby Info's data flags, its second byte. */
	static final Map<Integer, String> DATA_FLAGS = Map.of(0x01, "AirPods connected, screen on", 0x02,
			"four-byte auth tag", 0x04, "Wi-Fi on", 0x08, "unknown 0x08", 0x10, "auth tag present", DATA_WATCH_LOCKED,
			"watch locked", 0x40, "watch auto unlock", 0x80, "auto unlock");

	static final Map<Integer, String> NEARBY_ACTION_TYPES = Map.ofEntries(Map.entry(0x01, "Apple TV Setup"),
			Map.entry(TRANSFER_PHONE_NUMBER, "Transfer Phone Number"), Map.entry(0x04, "Mobile Backup"),
			Map.entry(SETUP_WATCH, "Watch Setup"), Map.entry(0x06, "Apple TV Pair"), Map.entry(0x07, "Internet Relay"),
			Map.entry(0x08, "Wi-Fi Password"), Map.entry(SETUP_IOS, "iOS Setup"), Map.entry(0x0A, "Repair"),
			Map.entry(SETUP_SPEAKER, "Speaker Setup"), Map.entry(0x0C, "Apple Pay"),
			Map.entry(0x0D, "Whole Home Audio Setup"), Map.entry(0x0E, "Developer Tools Pairing Request"),
			Map.entry(0x0F, "Answered Call"), Map.entry(0x10, "Ended Call"), Map.entry(0x11, "DD Ping"),
			Map.entry(0x12, "DD Pong"), Map.entry(0x13, "Remote Auto Fill"),
			Map.entry(0x14, "Companion Link Proximity"), Map.entry(0x15, "Remote Management"),
			Map.entry(0x16, "Remote Auto Fill Pong"), Map.entry(0x17, "Remote Display"),
			Map.entry(0x19, "Apple TV Audio Sync"), Map.entry(0x1E, "Apple TV Color Balance"),
			Map.entry(0x20, "Join This Apple TV"), Map.entry(0x27, "Apple TV Connecting"),
			Map.entry(0x2B, "Apple ID for Apple TV"));

	/** iOS Setup's device class. */
	static final Map<Integer, String> SETUP_CLASSES = Map.of(0x2, "iPhone", 0x4, "iPod", 0x6, "iPad", 0x8, "HomePod",
			0xA, "Mac", 0xC, "Apple TV", 0xE, "Apple Watch");

	/** Hey Siri's device class. */
	static final Map<Integer, String> SIRI_CLASSES = Map.of(0x0002, "iPhone", 0x0003, "iPad", 0x0007, "HomePod", 0x0009,
			"Mac", 0x000A, "Apple Watch");

	/** Proximity Pairing's device model, two bytes as sent. */
	static final Map<Integer, String> PROXIMITY_MODELS = Map.ofEntries(Map.entry(0x0220, "AirPods"),
			Map.entry(0x0F20, "AirPods (2nd generation)"), Map.entry(0x1320, "AirPods (3rd generation)"),
			Map.entry(0x0E20, "AirPods Pro"), Map.entry(0x1420, "AirPods Pro (2nd generation)"),
			Map.entry(0x2420, "AirPods Pro (2nd generation, USB-C)"), Map.entry(0x0A20, "AirPods Max"),
			Map.entry(0x0320, "Powerbeats3"), Map.entry(0x0B20, "Powerbeats Pro"), Map.entry(0x0520, "BeatsX"),
			Map.entry(0x0620, "Beats Solo3"), Map.entry(0x0920, "Beats Studio3"), Map.entry(0x0C20, "Beats Solo Pro"),
			Map.entry(0x1020, "Beats Flex"), Map.entry(0x1120, "Beats Studio Buds"), Map.entry(0x1220, "Beats Fit Pro"),
			Map.entry(0x1620, "Beats Studio Buds+"), Map.entry(0x1720, "Beats Studio Pro"));

	private ContinuityTables() {
	}

	static String typeName(int type) {
		return TYPES.getOrDefault(type, "unknown");
	}

	static boolean appleTvAction(int action) {
		return action < 64 && (APPLE_TV_ACTIONS & (1L << action)) != 0;
	}

	private static long bits(int... values) {
		long set = 0;
		for (int value : values) {
			set |= 1L << value;
		}
		return set;
	}

}
