package org.cloakroom.kiosk.enrolment;

import java.util.UUID;

import org.cloakroom.kiosk.ble.BleAddress;
import org.cloakroom.kiosk.ble.BleIdentity;
import org.cloakroom.kiosk.ble.EddystoneUidIdentity;
import org.cloakroom.kiosk.ble.FixedAddressIdentity;
import org.cloakroom.kiosk.ble.IBeaconIdentity;
import org.cloakroom.kiosk.ble.IdentityResolvingKey;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class IdentityTextTest {

	@Test
	void clearIdentitiesRoundTripThroughTheirTextForm() {
		for (BleIdentity identity : new BleIdentity[] {
				new IBeaconIdentity(UUID.fromString("f7826da6-4fa2-4e98-8024-bc5b71e0893e"), 0, 65535),
				new EddystoneUidIdentity("00112233445566778899", "aabbccddeeff"),
				new FixedAddressIdentity(BleAddress.parse("C0:11:22:33:44:55")) }) {
			assertThat(IdentityText.parse(identity.kind(), IdentityText.format(identity))).isEqualTo(identity);
		}
	}

	@Test
	void anIrkHasNoClearTextForm() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> IdentityText.format(IdentityResolvingKey.parseHex("ec0234a357c8ad05341010a60a397d9b")))
			.withMessageContaining("irk");
	}

	@Test
	void refusesAnUnknownKind() {
		assertThatIllegalArgumentException().isThrownBy(() -> IdentityText.parse("nfc", "x"))
			.withMessageContaining("'nfc'");
	}

}
