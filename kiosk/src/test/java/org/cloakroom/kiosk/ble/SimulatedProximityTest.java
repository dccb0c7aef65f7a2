package org.cloakroom.kiosk.ble;

import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

import org.cloakroom.kiosk.ble.simulated.VirtualPhone;
import org.cloakroom.kiosk.ble.simulated.VirtualPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Proximity end to end on the seeded simulated radio: decode, identity, filter, zone. */
class SimulatedProximityTest {

	private static final IdentityResolvingKey IRK = IdentityResolvingKey.parseHex("ec0234a357c8ad05341010a60a397d9b");

	private static final Duration INTERVAL = Duration.ofMillis(100);

	private SimulatedWorld enrolledIPhone(long seed, Duration rotation) {
		SimulatedWorld world = new SimulatedWorld(seed, rotation);
		world.enrolled.add(new EnrolledIdentity(7, IRK));
		world.radio.place(new VirtualPhone("ada", "iPhone 15", IRK, INTERVAL, 0));
		world.run(Duration.ofSeconds(10));
		return world;
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 20261122 })
	void placesAPhoneMovedToTheDoorAtTheDoorWithinThreeSeconds(long seed) {
		SimulatedWorld world = enrolledIPhone(seed, Duration.ofMinutes(15));
		assertThat(world.zoneOf(7)).isEqualTo(Zone.AWAY);

		world.radio.moveTo("ada", VirtualPosition.AT_DOOR);
		Instant moved = world.now();
		world.run(Duration.ofSeconds(3));

		assertThat(world.zoneOf(7)).isEqualTo(Zone.AT_DOOR);
		assertThat(world.events(PhoneZoneChanged.class)).last().satisfies((change) -> {
			assertThat(change.phoneId()).isEqualTo(7);
			assertThat(change.to()).isEqualTo(Zone.AT_DOOR);
			assertThat(change.at()).isBetween(moved, moved.plusSeconds(3));
			assertThat(change.filteredRssi()).isBetween(-58.0, -40.0);
		});
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 20261122 })
	void neverPlacesAPhonePassingInTheCorridorAtTheDoor(long seed) {
		SimulatedWorld world = enrolledIPhone(seed, Duration.ofMinutes(15));
		world.radio.moveTo("ada", VirtualPosition.CORRIDOR);
		world.run(Duration.ofSeconds(120));

		assertThat(world.events(PhoneZoneChanged.class)).extracting(PhoneZoneChanged::to)
			.contains(Zone.NEAR)
			.doesNotContain(Zone.AT_DOOR, Zone.INSIDE);
	}

	@Test
	void placesAPhoneThatWalkedThroughTheDoorInside() {
		SimulatedWorld world = enrolledIPhone(1, Duration.ofMinutes(15));
		world.radio.moveTo("ada", VirtualPosition.AT_DOOR);
		world.run(Duration.ofSeconds(5));
		world.radio.moveTo("ada", VirtualPosition.INSIDE);
		world.run(Duration.ofSeconds(4));

		assertThat(world.zoneOf(7)).isEqualTo(Zone.INSIDE);
		assertThat(world.events(PhoneZoneChanged.class)).last()
			.satisfies((change) -> assertThat(change.from()).isEqualTo(Zone.AT_DOOR));
	}

	@Test
	void keepsTheZoneOfAQuietPhoneUntilFadeAfterThenPlacesItAway() {
		SimulatedWorld world = enrolledIPhone(1, Duration.ofMinutes(15));
		world.radio.moveTo("ada", VirtualPosition.AT_DOOR);
		world.run(Duration.ofSeconds(5));
		world.radio.setQuiet("ada", true);
		Instant quietSince = world.now();

		world.run(Duration.ofSeconds(29));
		assertThat(world.zoneOf(7)).isEqualTo(Zone.AT_DOOR);
		assertThat(world.presence.seenSince(7, quietSince)).isFalse();
		world.run(Duration.ofSeconds(2));

		assertThat(world.zoneOf(7)).isEqualTo(Zone.AWAY);
		assertThat(world.events(PhoneZoneChanged.class)).last().satisfies((change) -> {
			assertThat(change.from()).isEqualTo(Zone.AT_DOOR);
			assertThat(change.to()).isEqualTo(Zone.AWAY);
		});
	}

	@Test
	void recognisesAnIrkPhoneThroughItsAddressRotations() {
		SimulatedWorld world = enrolledIPhone(1, Duration.ofMinutes(1));
		world.radio.moveTo("ada", VirtualPosition.AT_DOOR);
		world.run(Duration.ofMinutes(5));

		assertThat(world.addressesHeard).hasSizeGreaterThanOrEqualTo(5).allMatch(BleAddress::isResolvablePrivate);
		assertThat(world.events(PhoneZoneChanged.class)).extracting(PhoneZoneChanged::to).containsExactly(Zone.AT_DOOR);
		assertThat(world.presence.seenSince(7, world.now().minusMillis(500))).isTrue();
		assertThat(world.presence.unenrolledPhonesIn(Zone.AT_DOOR)).isEmpty();
	}

	@Test
	void reportsAnUnenrolledIPhoneArrivingOnceWithoutItsAddress() {
		SimulatedWorld world = new SimulatedWorld(1);
		world.radio.place(new VirtualPhone("visitor", "iPhone 13", null, INTERVAL, 0));
		world.run(Duration.ofSeconds(10));
		world.radio.moveTo("visitor", VirtualPosition.AT_DOOR);
		world.run(Duration.ofSeconds(60));

		assertThat(world.events(UnenrolledPhoneArrived.class)).singleElement().satisfies((arrived) -> {
			assertThat(arrived.kind()).isEqualTo("iPhone");
			assertThat(arrived.zone()).isEqualTo(Zone.AT_DOOR);
			world.addressesHeard.forEach((address) -> assertThat(arrived.deviceKey().toLowerCase(Locale.ROOT))
				.doesNotContain(HexFormat.of().formatHex(address.toBytes())));
		});
		assertThat(world.presence.unenrolledPhonesIn(Zone.AT_DOOR)).singleElement()
			.satisfies((seen) -> assertThat(seen.kind()).isEqualTo("iPhone"));
		assertThat(world.events(PhoneZoneChanged.class)).isEmpty();
	}

	@Test
	void recognisesABadgeByItsIBeaconFrame() {
		SimulatedWorld world = new SimulatedWorld(1);
		IBeaconIdentity badge = new IBeaconIdentity(UUID.fromString("e2c56db5-dffb-48d2-b060-d0f5a71096e0"), 1, 42);
		world.enrolled.add(new EnrolledIdentity(9, badge));
		world.radio.place(new VirtualPhone("badge", "badge", badge, Duration.ofMillis(200), 0));
		world.radio.moveTo("badge", VirtualPosition.AT_DOOR);
		world.run(Duration.ofSeconds(4));

		assertThat(world.zoneOf(9)).isEqualTo(Zone.AT_DOOR);
	}

	@Test
	void recognisesAPhoneEnrolledWhileItWasAtTheDoorOnceIdentitiesChanged() {
		SimulatedWorld world = new SimulatedWorld(1);
		world.radio.place(new VirtualPhone("ada", "Pixel 8", IRK, INTERVAL, 0));
		world.radio.moveTo("ada", VirtualPosition.AT_DOOR);
		world.run(Duration.ofSeconds(4));
		assertThat(world.presence.sighting(7)).isEmpty();
		assertThat(world.events(UnenrolledPhoneArrived.class)).singleElement()
			.satisfies((arrived) -> assertThat(arrived.kind()).isEqualTo("Android"));

		world.enrolled.add(new EnrolledIdentity(7, IRK));
		world.pipeline.identitiesChanged(new EnrolledIdentitiesChanged());
		world.run(Duration.ofSeconds(4));

		assertThat(world.zoneOf(7)).isEqualTo(Zone.AT_DOOR);
	}

	@Test
	void sendsTheSamePacketsForTheSameSeed() {
		SimulatedWorld first = enrolledIPhone(5, Duration.ofMinutes(1));
		SimulatedWorld second = enrolledIPhone(5, Duration.ofMinutes(1));
		first.radio.moveTo("ada", VirtualPosition.CORRIDOR);
		second.radio.moveTo("ada", VirtualPosition.CORRIDOR);
		first.run(Duration.ofSeconds(90));
		second.run(Duration.ofSeconds(90));

		assertThat(first.events).isEqualTo(second.events).isNotEmpty();
		assertThat(first.addressesHeard).isEqualTo(second.addressesHeard);
	}

}
