package org.cloakroom.kiosk.violation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.cloakroom.kiosk.alert.AlertSeverity;
import org.cloakroom.kiosk.audit.AuditableEvent;
import org.cloakroom.kiosk.ble.PhoneZoneChanged;
import org.cloakroom.kiosk.ble.Zone;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The phone rules consume zones with their confidence: at or above {@code min-confidence}
 * (0.5 here) a phone that must be stored heard inside, or a stored phone heard inside,
 * raises; below it nothing is raised, and an open episode goes quiet rather than
 * continuing on it.
 */
class PhoneRulesConfidenceTest {

	private static final Instant AT = Instant.parse("2026-12-07T09:00:00Z");

	private final Episodes episodes = new Episodes(new EpisodesInMemory());

	private final PhoneWatch watch = new PhoneWatch(
			List.of(new MustStoreInside(ViolationProperties.defaults().mustStoreInside(), new EveryPhoneMustBeStored()),
					new Decoy(ViolationProperties.defaults().decoy(), new EveryPhoneMustBeStored())),
			0.5, this.episodes);

	@Test
	void aPhoneInsideWithJustEnoughConfidenceRaisesWithThatConfidence() {
		List<AuditableEvent> raised = move(Zone.INSIDE, 0.5, AT);

		assertThat(raised).singleElement()
			.isInstanceOfSatisfying(PhoneSeenInside.class, (inside) -> assertThat(inside.confidence()).isEqualTo(0.5));
	}

	@Test
	void aPhoneInsideWithTooLittleConfidenceRaisesNothing() {
		assertThat(move(Zone.INSIDE, 0.49, AT)).isEmpty();
		assertThat(this.episodes.size()).isZero();
	}

	@Test
	void anUnsureMoveQuietsAnOpenEpisodeAndASureOneWithinTheQuietPeriodContinuesIt() {
		assertThat(move(Zone.INSIDE, 0.9, AT)).hasSize(1);

		assertThat(move(Zone.INSIDE, 0.2, AT.plusSeconds(10))).isEmpty();
		assertThat(this.episodes.endQuiet(Duration.ofMinutes(2), AT.plusSeconds(60))).isEmpty();
		assertThat(move(Zone.INSIDE, 0.9, AT.plusSeconds(70))).as("the same episode, no second alert").isEmpty();
		assertThat(this.episodes.endQuiet(Duration.ofMinutes(2), AT.plusSeconds(200))).isEmpty();
	}

	@Test
	void anUnsureMoveAloneLetsAnOpenEpisodeEndAfterTheQuietPeriod() {
		move(Zone.INSIDE, 0.9, AT);

		move(Zone.INSIDE, 0.2, AT.plusSeconds(10));

		assertThat(this.episodes.endQuiet(Duration.ofMinutes(2), AT.plusSeconds(131))).singleElement()
			.extracting(Episode::rule)
			.isEqualTo(ViolationRule.MUST_STORE_INSIDE);
	}

	@Test
	void aStoredPhoneHeardInsideIsADecoyOnlyWithEnoughConfidence() {
		this.watch.holding(List.of(new StoredPhone(3, 12, 7, 1, AT.minusSeconds(600))));

		assertThat(move(Zone.INSIDE, 0.3, AT)).isEmpty();
		assertThat(move(Zone.INSIDE, 0.7, AT.plusSeconds(5))).singleElement()
			.isInstanceOfSatisfying(PossibleDecoy.class, (decoy) -> assertThat(decoy.confidence()).isEqualTo(0.7));
	}

	private List<AuditableEvent> move(Zone to, double confidence, Instant at) {
		PhoneZoneChanged move = new PhoneZoneChanged(3, Zone.AT_DOOR, to, -60, confidence, at);
		return this.watch.remember(move) ? this.watch.moved(move) : List.of();
	}

	/** Every phone must be stored; the events carry what the rules hand over. */
	private static final class EveryPhoneMustBeStored implements Evidence {

		@Override
		public boolean mustStore(long phoneId) {
			return true;
		}

		@Override
		public AuditableEvent seenInside(String episodeKey, AlertSeverity severity, PhoneZoneChanged move) {
			return new PhoneSeenInside(episodeKey, severity, move.phoneId(), "Pixel 8", 1, "Ada Lovelace", "MUST_STORE",
					List.of("inside"), move.filteredRssi(), move.confidence(), null, null, null, null, move.at());
		}

		@Override
		public AuditableEvent decoy(String episodeKey, AlertSeverity severity, PhoneZoneChanged move,
				StoredPhone stored) {
			return new PossibleDecoy(episodeKey, severity, move.phoneId(), "Pixel 8", 1, "Ada Lovelace",
					stored.storageId(), stored.lockerId(), stored.storedAt(), move.to(), List.of("inside"),
					move.filteredRssi(), move.confidence(), move.at());
		}

	}

}
