package org.cloakroom.kiosk.ble;

import java.util.UUID;

import org.cloakroom.kiosk.Refusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A malformed BLE identity is a refusal whose words, from
 * {@code messages/ble.properties}, are the words the API and the field tools have always
 * answered; its message (what {@code ble resolve} prints) is those words.
 */
class InvalidIdentityWordsTest {

	private static final UUID BEACON = UUID.fromString("f7826da6-4fa2-4e98-8024-bc5b71e0893e");

	@Test
	void refusesAnAddressNotWrittenAsSixHexPairs() {
		InvalidIdentity refusal = catchThrowableOfType(InvalidIdentity.class, () -> BleAddress.parse("C0:11:22"));

		assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID);
		assertThat(refusal.code()).isEqualTo("identity-address-malformed");
		assertThat(refusal.getMessage()).isEqualTo("Not a BLE address (want AA:BB:CC:DD:EE:FF): C0:11:22");
		assertThat(catchThrowableOfType(InvalidIdentity.class, () -> BleAddress.parse(null)).getMessage())
			.isEqualTo("Not a BLE address (want AA:BB:CC:DD:EE:FF): null");
	}

	@Test
	void refusesAnIBeaconMajorOrMinorOutsideSixteenBitsWithoutGroupingTheNumber() {
		InvalidIdentity major = catchThrowableOfType(InvalidIdentity.class,
				() -> new IBeaconIdentity(BEACON, 70000, 2));
		InvalidIdentity minor = catchThrowableOfType(InvalidIdentity.class, () -> new IBeaconIdentity(BEACON, 1, -1));

		assertThat(major.kind()).isEqualTo(Refusal.Kind.INVALID);
		assertThat(major.code()).isEqualTo("identity-ibeacon-out-of-range");
		assertThat(major.getMessage()).isEqualTo("iBeacon major must be 0..65535, got 70000");
		assertThat(minor.getMessage()).isEqualTo("iBeacon minor must be 0..65535, got -1");
	}

	@Test
	void refusesAnEddystoneUidPartOfTheWrongLengthQuotingWhatWasGiven() {
		InvalidIdentity namespace = catchThrowableOfType(InvalidIdentity.class,
				() -> new EddystoneUidIdentity("0011", "A1B2C3D4E5F6"));
		InvalidIdentity instance = catchThrowableOfType(InvalidIdentity.class,
				() -> new EddystoneUidIdentity("00112233445566778899", "not hex here"));

		assertThat(namespace.kind()).isEqualTo(Refusal.Kind.INVALID);
		assertThat(namespace.code()).isEqualTo("identity-eddystone-uid-malformed");
		assertThat(namespace.getMessage()).isEqualTo("Eddystone-UID namespace must be 20 hex digits, got '0011'");
		assertThat(instance.getMessage()).isEqualTo("Eddystone-UID instance must be 12 hex digits, got 'not hex here'");
	}

}
