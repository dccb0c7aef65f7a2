package org.cloakroom.kiosk.badge;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Card keys: the same card the same UTC day, the same key; a new key every day. */
class CardKeysTest {

	private static final Instant MORNING = Instant.parse("2026-12-07T00:00:00Z");

	private final AtomicInteger keysMade = new AtomicInteger();

	private final CardKeys keys = new CardKeys(() -> {
		byte[] key = new byte[32];
		key[0] = (byte) this.keysMade.incrementAndGet();
		return key;
	});

	@Test
	void theSameCardHasTheSameKeyAllDayAndAnotherCardAnother() {
		String early = this.keys.keyOf("987654321", MORNING);

		assertThat(early).matches("[0-9a-f]{32}").doesNotContain("987654321");
		assertThat(this.keys.keyOf("987654321", MORNING.plusSeconds(86_399))).isEqualTo(early);
		assertThat(this.keys.keyOf("987654322", MORNING)).isNotEqualTo(early);
	}

	@Test
	void aNewUtcDayTakesANewKeySoKeysCannotFollowACardAcrossDays() {
		String today = this.keys.keyOf("987654321", MORNING.plusSeconds(86_399));
		String tomorrow = this.keys.keyOf("987654321", MORNING.plusSeconds(86_400));

		assertThat(tomorrow).isNotEqualTo(today);
		assertThat(this.keysMade).hasValue(2);
	}

}
