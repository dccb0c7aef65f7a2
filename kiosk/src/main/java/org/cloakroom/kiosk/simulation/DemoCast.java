package org.cloakroom.kiosk.simulation;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cloakroom.kiosk.ble.BleIdentity;
import org.cloakroom.kiosk.ble.EddystoneUidIdentity;
import org.cloakroom.kiosk.ble.IBeaconIdentity;
import org.cloakroom.kiosk.ble.IdentityResolvingKey;
import org.cloakroom.kiosk.enrolment.Platform;

/**
 * The demo people and their phones: some carry flagged apps, some are clean, one phone is
 * not enrolled at all. The same definitions enrol them and put them in the virtual world,
 * so the radio advertises exactly the identities that were enrolled. The IRKs here are
 * demo values, published on purpose; real IRKs never leave the kiosk.
 */
final class DemoCast {

	static final String UNENROLLED_PHONE = "visitor-iphone";

	private DemoCast() {
	}

	record DemoPhone(String key, String label, Platform platform, String model, BleIdentity identity, Set<String> apps,
			Duration advertisingInterval, double rssiOffsetDb) {
	}

	record DemoEmployee(String name, String badgeId, String pin, List<DemoPhone> phones) {
	}

	static final List<DemoEmployee> EMPLOYEES = List.of(
			new DemoEmployee("Ada Lovelace", "100001", "1111",
					List.of(android("ada-pixel", "Pixel 8", irk("9533fd2a8960c097bffcbc4c51c4ad8a"),
							Set.of("com.tencent.mm", "org.thoughtcrime.securesms"), 0))),
			new DemoEmployee("Grace Hopper", "100002", "2222",
					List.of(iphone("grace-iphone", "iPhone 15", irk("480d538712aaac9379493e58d9b90153"),
							Set.of("com.zhiliaoapp.musically", "org.whispersystems.signal"), -6))),
			new DemoEmployee("Alan Turing", "100003", "3333",
					List.of(android("alan-galaxy", "Galaxy S23",
							new IBeaconIdentity(UUID.fromString("e2c56db5-dffb-48d2-b060-d0f5a71096e0"), 1, 3),
							Set.of("com.whatsapp", "org.mozilla.firefox"), 4),
							android("alan-pixel", "Pixel 6a", irk("5c98ea2013b5fde30b6675afb8811a84"),
									Set.of("com.eg.android.AlipayGphone"), -3))),
			new DemoEmployee("Katherine Johnson", "100004", "4444",
					List.of(iphone("katherine-iphone", "iPhone 13", irk("e5d9605d70402ebafc556e8a0cf72449"),
							Set.of("net.whatsapp.WhatsApp", "org.whispersystems.signal"), -10))),
			new DemoEmployee("Tim Berners-Lee", "100005", "5555",
					List.of(android("tim-pixel", "Pixel 7", irk("96082ee46c67eb4151ee0f9683aa474b"),
							Set.of("com.tencent.mobileqq"), 2),
							android("tim-fairphone", "Fairphone 5",
									new EddystoneUidIdentity("edd1ebeac04e5defa017", "0000000000a5"),
									Set.of("org.fdroid.fdroid"), 6))));

	/** A phone nobody enrolled: it shows only Apple's Continuity fingerprint. */
	static final DemoPhone VISITOR = new DemoPhone(UNENROLLED_PHONE, "Visitor's iPhone", Platform.IOS, "iPhone", null,
			Set.of(), Duration.ofMillis(1000), -4);

	private static DemoPhone android(String key, String label, BleIdentity identity, Set<String> apps, double offset) {
		return new DemoPhone(key, label, Platform.ANDROID, "Android", identity, apps, Duration.ofMillis(500), offset);
	}

	private static DemoPhone iphone(String key, String label, BleIdentity identity, Set<String> apps, double offset) {
		return new DemoPhone(key, label, Platform.IOS, "iPhone", identity, apps, Duration.ofMillis(1000), offset);
	}

	private static IdentityResolvingKey irk(String hex) {
		return IdentityResolvingKey.parseHex(hex);
	}

}
