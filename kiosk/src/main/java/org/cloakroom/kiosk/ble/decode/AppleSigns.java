package org.cloakroom.kiosk.ble.decode;

/**
 * What each Apple Continuity message says about its sender, as bits collected while the
 * decoder walks the messages (no allocation), and the {@link DeviceKind} they add up to.
 * The message layouts are furiousMAC's "continuity" dissector and message pages (after
 * Martin et al., "Handoff All Your Privacy", PETS 2019, and Celosia and Cunche,
 * "Discontinued Privacy", PETS 2020); the README's "Who is who" table says how far each
 * sign can be trusted.
 */
final class AppleSigns {

	/** Proximity Pairing (0x07): AirPods and Beats. */
	static final int AIRPODS = 1;

	/** Magic Switch, a watch's Nearby Info, Watch Setup, or a watch's device class. */
	static final int WATCH = 1 << 1;

	/** A Nearby Action only an Apple TV sends (its setup prompts) or its device class. */
	static final int APPLE_TV = 1 << 2;

	/** Speaker Setup, or the HomePod's device class. */
	static final int HOMEPOD = 1 << 3;

	/** A Mac's device class (Hey Siri, iOS Setup). */
	static final int MAC = 1 << 4;

	/** An iPad's device class (Hey Siri, iOS Setup). */
	static final int IPAD = 1 << 5;

	/** An iPhone's device class, or a prompt only a phone sends (transfer number). */
	static final int IPHONE = 1 << 6;

	/** AirPlay Target (0x09): an AirPlay receiver (Apple TV, HomePod, a Mac). */
	static final int AIRPLAY_TARGET = 1 << 7;

	/** Nearby Info (0x10) that is not a watch's. */
	static final int NEARBY_INFO = 1 << 8;

	/**
	 * What iOS sends (and macOS too, which the bytes cannot tell): Handoff, AirDrop,
	 * tethering, AirPlay Source, other Nearby Actions, the background overflow area.
	 */
	static final int IOS_ACTIVITY = 1 << 9;

	private AppleSigns() {
	}

	/**
	 * The signs of one message: {@code data[from, from + length)} after type and length.
	 */
	static int of(int type, byte[] data, int from, int length) {
		return switch (type) {
			case ContinuityTables.OVERFLOW_AREA, ContinuityTables.AIRDROP, ContinuityTables.HANDOFF,
					ContinuityTables.TETHERING_TARGET, ContinuityTables.TETHERING_SOURCE,
					ContinuityTables.AIRPLAY_SOURCE ->
				IOS_ACTIVITY;
			case ContinuityTables.PROXIMITY_PAIRING -> AIRPODS;
			case ContinuityTables.MAGIC_SWITCH -> WATCH;
			case ContinuityTables.AIRPLAY_TARGET -> AIRPLAY_TARGET;
			case ContinuityTables.HEY_SIRI ->
				(length >= 6) ? ofSiriClass((int) Endian.big(data, from + 4, 2)) : IOS_ACTIVITY;
			case ContinuityTables.NEARBY_ACTION -> (length >= 2) ? nearbyAction(data, from, length) : IOS_ACTIVITY;
			case ContinuityTables.NEARBY_INFO -> nearbyInfo(data, from, length);
			// iBeacon, AirPrint, HomeKit, Find My and the unknown say nothing of the
			// sender
			default -> 0;
		};
	}

	/**
	 * A watch says so in Nearby Info: action code 0x0A ("watch on wrist and unlocked"),
	 * data flag 0x20 ("watch locked", furiousMAC), or a five-byte message whose data
	 * flags are exactly 0x18 (Theengs' and ESPHome's locked-watch fingerprint: Wi-Fi off,
	 * which only an iPhone 8 or older with Wi-Fi switched off sends as well).
	 */
	private static int nearbyInfo(byte[] data, int from, int length) {
		if (length < 1) {
			return NEARBY_INFO;
		}
		int action = data[from] & 0x0F;
		int flags = (length >= 2) ? data[from + 1] & 0xFF : 0;
		boolean watch = action == ContinuityTables.ACTION_WATCH_UNLOCKED
				|| (flags & ContinuityTables.DATA_WATCH_LOCKED) != 0
				|| (length == 5 && flags == ContinuityTables.DATA_LOCKED_WATCH_FINGERPRINT);
		return watch ? WATCH | NEARBY_INFO : NEARBY_INFO;
	}

	/** Flags, action type, then (for iOS Setup) a three-byte tag and the device class. */
	private static int nearbyAction(byte[] data, int from, int length) {
		int action = data[from + 1] & 0xFF;
		if (action == ContinuityTables.SETUP_IOS) {
			int deviceClass = (length >= 6) ? data[from + 5] & 0xFF : 0x2;
			return ofSetupClass(deviceClass);
		}
		if (ContinuityTables.appleTvAction(action)) {
			return APPLE_TV;
		}
		return switch (action) {
			case ContinuityTables.SETUP_WATCH -> WATCH;
			case ContinuityTables.SETUP_SPEAKER -> HOMEPOD;
			case ContinuityTables.TRANSFER_PHONE_NUMBER -> IPHONE;
			default -> IOS_ACTIVITY;
		};
	}

	/** iOS Setup's device class (furiousMAC's dissector): even numbers 2 to 14. */
	private static int ofSetupClass(int deviceClass) {
		return switch (deviceClass) {
			case 0x6 -> IPAD;
			case 0x8 -> HOMEPOD;
			case 0xA -> MAC;
			case 0xC -> APPLE_TV;
			case 0xE -> WATCH;
			default -> IPHONE; // 0x2 iPhone, 0x4 iPod touch (the same apps), or unknown
		};
	}

	/**
	 * Hey Siri's device class (hexway's apple_bleee: 2 iPhone, 3 iPad, 9 Mac, 10 watch;
	 * furiousMAC: 7 HomePod).
	 */
	private static int ofSiriClass(int deviceClass) {
		return switch (deviceClass) {
			case 0x0002 -> IPHONE;
			case 0x0003 -> IPAD;
			case 0x0007 -> HOMEPOD;
			case 0x0009 -> MAC;
			case 0x000A -> WATCH;
			default -> IOS_ACTIVITY;
		};
	}

	/** What the signs of one advertisement add up to, most specific first. */
	static DeviceKind kind(int signs) {
		if ((signs & AIRPODS) != 0) {
			return DeviceKind.AIRPODS;
		}
		if ((signs & WATCH) != 0) {
			return DeviceKind.WATCH;
		}
		if ((signs & APPLE_TV) != 0) {
			return DeviceKind.APPLE_TV;
		}
		if ((signs & HOMEPOD) != 0) {
			return DeviceKind.HOMEPOD;
		}
		if ((signs & IPHONE) != 0) {
			return DeviceKind.IPHONE;
		}
		if ((signs & IPAD) != 0) {
			return DeviceKind.IPAD;
		}
		if ((signs & MAC) != 0) {
			return DeviceKind.MAC;
		}
		if ((signs & AIRPLAY_TARGET) != 0) {
			// a Mac sends Nearby Info beside it; an Apple TV or HomePod on its own
			return ((signs & NEARBY_INFO) != 0) ? DeviceKind.MAC : DeviceKind.APPLE_TV;
		}
		return ((signs & (NEARBY_INFO | IOS_ACTIVITY)) != 0) ? DeviceKind.IPHONE : DeviceKind.APPLE_DEVICE;
	}

}
