package org.cloakroom.kiosk.violation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.cloakroom.kiosk.alert.AlertSeverity;
import org.cloakroom.kiosk.ble.UnenrolledPhoneArrived;
import org.cloakroom.kiosk.ble.UnenrolledPhoneSighting;
import org.cloakroom.kiosk.ble.Zone;
import org.cloakroom.kiosk.policy.UnenrolledInsideAction;

import static org.assertj.core.api.Assertions.assertThat;

class UnenrolledInsideTest {

	private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

	private static final String DEVICE = "k1a2b3c4d5e6f708";

	private final Episodes episodes = new Episodes(new EpisodesInMemory());

	private final UnenrolledInside rule = new UnenrolledInside(
			new ViolationProperties.UnenrolledInside(AlertSeverity.HIGH), this.episodes);

	@Test
	void countingPolicyCountsEveryArrivalAndAlertsNothing() {
		assertThat(this.rule.arrived(arrival(Zone.INSIDE, NOW), UnenrolledInsideAction.COUNT)).isEmpty();
		assertThat(this.rule.arrived(arrival(Zone.INSIDE, NOW.plusSeconds(1)), UnenrolledInsideAction.COUNT)).isEmpty();

		assertThat(this.rule.counted()).isEqualTo(2);
		assertThat(this.episodes.size()).isZero();
	}

	@Test
	void alertingPolicyAlertsOncePerEpisodeUntilNoUnenrolledPhoneHasBeenInsideForTheQuietPeriod() {
		assertThat(this.rule.arrived(arrival(Zone.INSIDE, NOW), UnenrolledInsideAction.ALERT)).singleElement()
			.isInstanceOfSatisfying(UnenrolledPhoneInside.class, (alert) -> {
				assertThat(alert.episodeKey()).isEqualTo("unenrolled-inside:kiosk");
				assertThat(alert.severity()).isEqualTo(AlertSeverity.HIGH);
			});
		this.rule.stillInside(List::of, NOW.plusSeconds(10));
		assertThat(this.rule.arrived(arrival(Zone.INSIDE, NOW.plusSeconds(20)), UnenrolledInsideAction.ALERT))
			.as("back within the quiet period")
			.isEmpty();
		assertThat(this.rule.arrived(
				new UnenrolledPhoneArrived("k9a8b7c6d5e4f3a2", "iPhone", Zone.INSIDE, NOW.plusSeconds(25)),
				UnenrolledInsideAction.ALERT))
			.as("the same phone under its next address, or another: the area's episode")
			.isEmpty();
		this.rule.stillInside(() -> List.of(sighting()), NOW.plusSeconds(30));
		this.rule.stillInside(List::of, NOW.plusSeconds(40));

		assertThat(this.episodes.endQuiet(Duration.ofMinutes(2), NOW.plusSeconds(159))).isEmpty();
		assertThat(this.episodes.endQuiet(Duration.ofMinutes(2), NOW.plusSeconds(160))).hasSize(1);
		assertThat(this.rule.arrived(arrival(Zone.INSIDE, NOW.plusSeconds(200)), UnenrolledInsideAction.ALERT))
			.as("a new episode")
			.hasSize(1);
	}

	@Test
	void onlyArrivalsInsideConcernIt() {
		assertThat(this.rule.concerns(arrival(Zone.AT_DOOR, NOW))).isFalse();
		assertThat(this.rule.concerns(arrival(Zone.INSIDE, NOW))).isTrue();
	}

	private static UnenrolledPhoneArrived arrival(Zone zone, Instant at) {
		return new UnenrolledPhoneArrived(DEVICE, "iPhone", zone, at);
	}

	private static UnenrolledPhoneSighting sighting() {
		return new UnenrolledPhoneSighting(DEVICE, "iPhone", Zone.INSIDE, NOW);
	}

}
