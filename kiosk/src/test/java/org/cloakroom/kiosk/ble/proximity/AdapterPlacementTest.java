package org.cloakroom.kiosk.ble.proximity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cloakroom.kiosk.ble.BleProperties;
import org.cloakroom.kiosk.ble.BleProperties.Placement;
import org.cloakroom.kiosk.ble.ProximityProperties;
import org.cloakroom.kiosk.ble.Zone;
import org.cloakroom.kiosk.ble.decode.AdDecoder;
import org.cloakroom.kiosk.ble.identity.Resolution.EnrolledPhone;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class AdapterPlacementTest {

	private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");

	private final List<String> changes = new ArrayList<>();

	private final ZoneListener listener = (subject, from, to, rssi, confidence, at) -> this.changes
		.add(from + "->" + to);

	@Test
	void bindsPlacementsByAdapterNameBesideTheDoorAndInsideAdapters() {
		BleProperties properties = new Binder(new MapConfigurationPropertySource(
				Map.of("cloakroom.ble.adapters.hci0", "door", "cloakroom.ble.adapters.hci1", "lockers")))
			.bindOrCreate("cloakroom.ble", BleProperties.class);

		assertThat(properties.placements()).containsOnly(Map.entry("hci0", Placement.DOOR),
				Map.entry("hci1", Placement.LOCKERS), Map.entry("door", Placement.DOOR),
				Map.entry("inside", Placement.INSIDE));
	}

	@Test
	void aLockersAdapterPlacesAPhoneAtTheDoorAndTheStrongestDoorSideAdapterCounts() {
		ProximityTracker tracker = new ProximityTracker(ProximityProperties.defaults(),
				Map.of("hci0", Placement.DOOR, "hci1", Placement.LOCKERS, "hci2", Placement.INSIDE));
		EnrolledPhone phone = new EnrolledPhone(7);
		for (long t = 0; t <= 1000; t += 100) {
			tracker.heard(phone, "hci0", T0.plusMillis(t), -85, this.listener);
			tracker.heard(phone, "hci1", T0.plusMillis(t), -50, this.listener);
		}
		assertThat(this.changes).containsExactly("AWAY->AT_DOOR");
	}

	@Test
	void anUnplacedAdapterPlacesNothing() {
		ProximityTracker tracker = new ProximityTracker(ProximityProperties.defaults(), Map.of("hci0", Placement.DOOR));
		for (long t = 0; t <= 3000; t += 100) {
			tracker.heard(new EnrolledPhone(7), "hci9", T0.plusMillis(t), -40, this.listener);
		}
		assertThat(this.changes).isEmpty();
	}

	@Test
	void calibratesByTheAdvertisedPowerSoAQuietBeaconAtTheDoorCounts() {
		// an iBeacon that says it reads -75 dBm at 1 m: -62 here is 16 dB above that,
		// i.e. -43 for the reference phone
		byte[] iBeacon = java.util.HexFormat.of()
			.parseHex("0201061aff4c000215" + "e2c56db5dffb48d2b060d0f5a71096e0" + "00010002" + "b5");
		int powerAt1m = ProximityTracker.powerAt1m(AdDecoder.decode(iBeacon));
		ProximityTracker tracker = new ProximityTracker(ProximityProperties.defaults(), "door", "inside");
		for (long t = 0; t <= 1000; t += 100) {
			tracker.heard(new EnrolledPhone(7), "door", T0.plusMillis(t), -62, powerAt1m, this.listener);
			tracker.heard(new EnrolledPhone(8), "door", T0.plusMillis(t), -62, this.listener);
		}
		assertThat(powerAt1m).isEqualTo(-75);
		assertThat(tracker.sighting(new EnrolledPhone(7)).get().zone()).isEqualTo(Zone.AT_DOOR);
		assertThat(tracker.sighting(new EnrolledPhone(8)).get().zone()).isEqualTo(Zone.NEAR);
	}

}
