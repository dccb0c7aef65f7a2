package org.cloakroom.kiosk.ble.identity;

import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;

import org.cloakroom.kiosk.ble.BleAddress;
import org.cloakroom.kiosk.ble.UnenrolledPhoneArrived;
import org.cloakroom.kiosk.ble.UnenrolledPhoneSighting;
import org.cloakroom.kiosk.ble.Zone;
import org.cloakroom.kiosk.ble.decode.AdDecoder;
import org.cloakroom.kiosk.ble.decode.AdFields;
import org.cloakroom.kiosk.ble.identity.Resolution.UnenrolledPhone;
import org.cloakroom.kiosk.ble.transport.AddressType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DeviceKeysTest {

	private static final Instant MORNING = Instant.parse("2026-11-22T08:00:00Z");

	private static final AdFields IPHONE = AdDecoder.decode(HexFormat.of().parseHex("0aff4c001005031c4e3a21"));

	private static final BleAddress STRANGER = BleAddress.parse("3A:BC:DE:F0:12:34");

	private final AtomicInteger keysMade = new AtomicInteger();

	private final DeviceKeys keys = new DeviceKeys(() -> {
		byte[] key = new byte[32];
		key[0] = (byte) this.keysMade.incrementAndGet();
		return key;
	});

	@Test
	void keepsOneKeyForADayAndMakesANewOneTheNextDay() {
		String morning = this.keys.keyOf(STRANGER, MORNING);
		assertThat(this.keys.keyOf(STRANGER, MORNING.plusSeconds(15 * 3600))).isEqualTo(morning);
		assertThat(this.keysMade).hasValue(1);

		String tomorrow = this.keys.keyOf(STRANGER, MORNING.plusSeconds(16 * 3600));
		assertThat(tomorrow).isNotEqualTo(morning).hasSize(32);
		assertThat(this.keysMade).hasValue(2);
	}

	@Test
	void theResolverForgetsYesterdaysKeysSoAStrangerCannotBeFollowedAcrossDays() {
		IdentityResolver resolver = new IdentityResolver(java.util.List::of, this.keys);
		UnenrolledPhone today = (UnenrolledPhone) resolver.resolve(STRANGER, AddressType.RANDOM, IPHONE, MORNING);
		UnenrolledPhone later = (UnenrolledPhone) resolver.resolve(STRANGER, AddressType.RANDOM, IPHONE,
				MORNING.plusSeconds(3600));
		UnenrolledPhone tomorrow = (UnenrolledPhone) resolver.resolve(STRANGER, AddressType.RANDOM, IPHONE,
				MORNING.plusSeconds(24 * 3600));

		assertThat(later).isSameAs(today);
		assertThat(tomorrow.deviceKey()).isNotEqualTo(today.deviceKey());
		assertThat(today.deviceKey()).doesNotContainIgnoringCase("3abcdef01234");
	}

	@Test
	void eventsAndSightingsOfStrangersRefuseABluetoothAddressAsTheirKey() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new UnenrolledPhoneArrived("3A:BC:DE:F0:12:34", "iPhone", Zone.AT_DOOR, MORNING))
			.withMessageContaining("keyed hash")
			.withMessageNotContaining("3A:BC");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new UnenrolledPhoneSighting("3abcdef01234", "iPhone", Zone.AT_DOOR, MORNING));
		String key = this.keys.keyOf(STRANGER, MORNING);
		assertThat(new UnenrolledPhoneArrived(key, "iPhone", Zone.AT_DOOR, MORNING).subject().text())
			.isEqualTo("device:" + key);
	}

}
