package org.cloakroom.kiosk.enrolment;

import java.util.HexFormat;
import java.util.UUID;

import org.cloakroom.kiosk.ble.IBeaconIdentity;
import org.cloakroom.kiosk.ble.IdentityResolvingKey;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityFingerprintTest {

	private static final String IRK_HEX = "ec0234a357c8ad05341010a60a397d9b";

	@Test
	void anIrksFingerprintIsFourBytesOfItsHashNeverTheKey() {
		String fingerprint = IdentityFingerprint.of(new IdentityResolvingKey(HexFormat.of().parseHex(IRK_HEX)));

		assertThat(fingerprint).matches("[0-9a-f]{4}:[0-9a-f]{4}");
		assertThat(IRK_HEX).doesNotContain(fingerprint.replace(":", ""));
		assertThat(IdentityFingerprint.of(new IdentityResolvingKey(HexFormat.of().parseHex(IRK_HEX))))
			.as("the same key, the same fingerprint")
			.isEqualTo(fingerprint);
		assertThat(IdentityFingerprint
			.of(new IdentityResolvingKey(HexFormat.of().parseHex("00112233445566778899aabbccddeeff"))))
			.as("another key, another fingerprint")
			.isNotEqualTo(fingerprint);
	}

	@Test
	void otherIdentitiesAreFingerprintedFromTheirText() {
		UUID uuid = UUID.fromString("f7826da6-4fa2-4e98-8024-bc5b71e0893e");

		assertThat(IdentityFingerprint.of(new IBeaconIdentity(uuid, 7, 1)))
			.isNotEqualTo(IdentityFingerprint.of(new IBeaconIdentity(uuid, 7, 2)))
			.matches("[0-9a-f]{4}:[0-9a-f]{4}");
	}

}
