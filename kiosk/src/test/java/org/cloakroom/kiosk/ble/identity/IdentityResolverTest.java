package org.cloakroom.kiosk.ble.identity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.cloakroom.kiosk.ble.BleAddress;
import org.cloakroom.kiosk.ble.EddystoneUidIdentity;
import org.cloakroom.kiosk.ble.EnrolledIdentity;
import org.cloakroom.kiosk.ble.FixedAddressIdentity;
import org.cloakroom.kiosk.ble.IBeaconIdentity;
import org.cloakroom.kiosk.ble.IdentityResolvingKey;
import org.cloakroom.kiosk.ble.decode.AdDecoder;
import org.cloakroom.kiosk.ble.decode.AdFields;
import org.cloakroom.kiosk.ble.identity.Resolution.EnrolledPhone;
import org.cloakroom.kiosk.ble.identity.Resolution.NotAPhone;
import org.cloakroom.kiosk.ble.identity.Resolution.UnenrolledPhone;
import org.cloakroom.kiosk.ble.transport.AddressType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityResolverTest {

	private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");

	private static final IdentityResolvingKey IRK = IdentityResolvingKey.parseHex("ec0234a357c8ad05341010a60a397d9b");

	private static final AdFields NOTHING = AdDecoder.decode(new byte[0]);

	private static final AdFields IPHONE = AdDecoder.decode(HexFormat.of().parseHex("0aff4c001005031c4e3a21"));

	private static final AdFields AIRPODS = AdDecoder.decode(HexFormat.of().parseHex("05ff4c000701aa"));

	private final List<EnrolledIdentity> enrolled = new ArrayList<>();

	private final AtomicInteger loads = new AtomicInteger();

	private final Supplier<List<EnrolledIdentity>> source = () -> {
		this.loads.incrementAndGet();
		return List.copyOf(this.enrolled);
	};

	private final IdentityResolver resolver = new IdentityResolver(this.source);

	@Test
	void resolvesAPrivateAddressWithAnEnrolledIrkAndThenFromTheCache() {
		this.enrolled.add(new EnrolledIdentity(3, IdentityResolvingKey.parseHex("00112233445566778899aabbccddeeff")));
		this.enrolled.add(new EnrolledIdentity(7, IRK));
		BleAddress address = new Ah(IRK).resolvablePrivateAddress(0x2a1b3c);

		assertThat(this.resolver.resolve(address, AddressType.RANDOM, NOTHING, NOW)).isEqualTo(new EnrolledPhone(7));
		long evaluations = this.resolver.irkEvaluations();
		assertThat(this.resolver.resolve(address, AddressType.RANDOM, IPHONE, NOW)).isEqualTo(new EnrolledPhone(7));
		assertThat(this.resolver.irkEvaluations()).isEqualTo(evaluations);
	}

	@Test
	void loadsIdentitiesOnFirstUseAndAgainAfterTheyChanged() {
		assertThat(this.loads).hasValue(0);
		BleAddress address = new Ah(IRK).resolvablePrivateAddress(0x2a1b3c);
		assertThat(this.resolver.resolve(address, AddressType.RANDOM, IPHONE, NOW)).isInstanceOf(UnenrolledPhone.class);
		assertThat(this.loads).hasValue(1);

		this.enrolled.add(new EnrolledIdentity(7, IRK));
		this.resolver.invalidate();
		assertThat(this.resolver.resolve(address, AddressType.RANDOM, IPHONE, NOW)).isEqualTo(new EnrolledPhone(7));
		assertThat(this.loads).hasValue(2);
	}

	@Test
	void resolvesBeaconsAndFixedAddressesThroughTheirMaps() {
		UUID uuid = UUID.fromString("e2c56db5-dffb-48d2-b060-d0f5a71096e0");
		this.enrolled.add(new EnrolledIdentity(1, new IBeaconIdentity(uuid, 258, 772)));
		this.enrolled.add(new EnrolledIdentity(2, new EddystoneUidIdentity("edd1ebeac04e5defa017", "0123456789ab")));
		this.enrolled.add(new EnrolledIdentity(3, new FixedAddressIdentity(BleAddress.parse("00:1A:7D:DA:71:13"))));
		BleAddress someAddress = BleAddress.parse("C1:22:33:44:55:66");

		assertThat(this.resolver.resolve(someAddress, AddressType.RANDOM,
				AdDecoder.decode(HexFormat.of().parseHex("1aff4c000215e2c56db5dffb48d2b060d0f5a71096e001020304c5")),
				NOW))
			.isEqualTo(new EnrolledPhone(1));
		assertThat(this.resolver.resolve(someAddress, AddressType.RANDOM,
				AdDecoder.decode(HexFormat.of().parseHex("1716aafe00eeedd1ebeac04e5defa0170123456789ab0000")), NOW))
			.isEqualTo(new EnrolledPhone(2));
		assertThat(this.resolver.resolve(BleAddress.parse("00:1A:7D:DA:71:13"), AddressType.PUBLIC, NOTHING, NOW))
			.isEqualTo(new EnrolledPhone(3));
	}

	@Test
	void keysAnUnenrolledPhoneByAKeyedHashThatHidesItsAddress() {
		BleAddress address = BleAddress.parse("3A:BC:DE:F0:12:34");
		UnenrolledPhone phone = (UnenrolledPhone) this.resolver.resolve(address, AddressType.RANDOM, IPHONE, NOW);

		assertThat(phone.kind()).isEqualTo("iPhone");
		assertThat(phone.deviceKey()).hasSize(32).doesNotContainIgnoringCase("3abcdef01234");
		assertThat(this.resolver.resolve(address, AddressType.RANDOM, IPHONE, NOW)).isEqualTo(phone);
		UnenrolledPhone inAnotherProcess = (UnenrolledPhone) new IdentityResolver(this.source).resolve(address,
				AddressType.RANDOM, IPHONE, NOW);
		assertThat(inAnotherProcess.deviceKey()).isNotEqualTo(phone.deviceKey());
	}

	@Test
	void countsWhatIsNotAPhoneWithoutKeyingIt() {
		BleAddress address = BleAddress.parse("3A:BC:DE:F0:12:34");
		assertThat(this.resolver.resolve(address, AddressType.RANDOM, AIRPODS, NOW)).isSameAs(NotAPhone.INSTANCE);
		assertThat(this.resolver.resolve(address, AddressType.RANDOM, NOTHING, NOW)).isSameAs(NotAPhone.INSTANCE);
	}

	@Test
	void keepsResolvingWhenIdentitiesCannotBeLoadedAndRetriesLater() {
		AtomicInteger attempts = new AtomicInteger();
		IdentityResolver failing = new IdentityResolver(() -> {
			if (attempts.incrementAndGet() == 1) {
				throw new IllegalStateException("database not ready");
			}
			return List.of(new EnrolledIdentity(7, IRK));
		});
		BleAddress address = new Ah(IRK).resolvablePrivateAddress(0x2a1b3c);

		assertThat(failing.resolve(address, AddressType.RANDOM, IPHONE, NOW)).isInstanceOf(UnenrolledPhone.class);
		assertThat(failing.resolve(address, AddressType.RANDOM, IPHONE, NOW.plusSeconds(5)))
			.isInstanceOf(UnenrolledPhone.class);
		assertThat(attempts).hasValue(1);
		assertThat(failing.resolve(address, AddressType.RANDOM, IPHONE, NOW.plusSeconds(10)))
			.isEqualTo(new EnrolledPhone(7));
	}

}
