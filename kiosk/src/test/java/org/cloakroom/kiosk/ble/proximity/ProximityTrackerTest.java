package org.cloakroom.kiosk.ble.proximity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.cloakroom.kiosk.ble.ProximityProperties;
import org.cloakroom.kiosk.ble.Zone;
import org.cloakroom.kiosk.ble.identity.Resolution;
import org.cloakroom.kiosk.ble.identity.Resolution.EnrolledPhone;
import org.cloakroom.kiosk.ble.identity.Resolution.UnenrolledPhone;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProximityTrackerTest {

	private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");

	/** Two packets to count and 1 s of dwell for every zone, so the mechanics show. */
	private static final ProximityProperties RULES = new ProximityProperties(Duration.ofMillis(1500), 2,
			Duration.ofSeconds(1), Duration.ofSeconds(30), -58, -64, -75, -80, -72, -78, 6, 24, -59,
			Duration.ofSeconds(1));

	private final ProximityTracker tracker = new ProximityTracker(RULES, "door", "inside");

	private final List<String> changes = new ArrayList<>();

	private final ZoneListener listener = (subject, from, to, rssi, confidence, at) -> this.changes
		.add(from + "->" + to + "@" + Duration.between(T0, at).toMillis());

	@Test
	void acceptsAZoneOnlyAfterItHeldForTheDwellTime() {
		EnrolledPhone phone = new EnrolledPhone(7);
		// the second packet makes the median count (min-samples 2), then 1 s of dwell
		hear(phone, "door", -50, 0, 1000);
		assertThat(this.changes).isEmpty();
		hear(phone, "door", -50, 1100, 1100);
		assertThat(this.changes).containsExactly("AWAY->AT_DOOR@1100");
	}

	@Test
	void ignoresAnUnplacedAdapterForTheZoneButCountsItsPackets() {
		EnrolledPhone phone = new EnrolledPhone(7);
		hear(phone, "hci9", -40, 0, 2000);
		assertThat(this.changes).isEmpty();
		assertThat(this.tracker.sighting(phone)).get().extracting(Sighting::lastSeen).isEqualTo(T0.plusMillis(2000));
	}

	@Test
	void keepsTheZoneOfAQuietPhoneUntilFadeAfterThenAway() {
		EnrolledPhone phone = new EnrolledPhone(7);
		hear(phone, "door", -50, 0, 1500);
		this.tracker.advanceTo(T0.plusMillis(1500 + 29_900), this.listener);
		assertThat(this.tracker.sighting(phone).get().zone()).isEqualTo(Zone.AT_DOOR);
		this.tracker.advanceTo(T0.plusMillis(1500 + 30_000), this.listener);
		assertThat(this.changes).containsExactly("AWAY->AT_DOOR@1100", "AT_DOOR->AWAY@31500");
		assertThat(this.tracker.sighting(phone).get().zone()).isEqualTo(Zone.AWAY);
	}

	@Test
	void forgetsAnUnenrolledPhoneOnceItHasFadedButKeepsEnrolledOnes() {
		Resolution stranger = new UnenrolledPhone("k", "iPhone");
		EnrolledPhone phone = new EnrolledPhone(7);
		hear(stranger, "door", -50, 0, 1500);
		hear(phone, "door", -50, 0, 1500);
		this.tracker.advanceTo(T0.plusSeconds(40), this.listener);
		assertThat(this.tracker.sighting(stranger)).isEmpty();
		assertThat(this.tracker.sighting(phone)).isPresent();
	}

	private void hear(Resolution subject, String adapter, int rssi, long fromMillis, long toMillis) {
		for (long t = fromMillis; t <= toMillis; t += 100) {
			this.tracker.heard(subject, adapter, T0.plusMillis(t), rssi, this.listener);
		}
	}

}
