package org.cloakroom.kiosk.badge.wedge;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.cloakroom.kiosk.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a keyboard wedge typed, from its key events alone. */
class WedgeTypingTest {

	private final MutableClock clock = MutableClock.startingAt("2026-12-07T08:00:00Z");

	private final WedgeTyping typing = new WedgeTyping(Duration.ofMillis(300));

	private final List<String> typed = new ArrayList<>();

	private final List<String> dropped = new ArrayList<>();

	private final WedgeTyping.Outcome outcome = new WedgeTyping.Outcome() {

		@Override
		public void typed(String text) {
			WedgeTypingTest.this.typed.add(text);
		}

		@Override
		public void dropped(String reason) {
			WedgeTypingTest.this.dropped.add(reason);
		}

	};

	@Test
	void digitsFromTheMainRowAndTheKeypadEndAtEitherEnter() {
		press(2, 3, 11, UsKeymap.KEY_ENTER);
		press(79, 80, 82, UsKeymap.KEY_KPENTER);

		assertThat(this.typed).containsExactly("120", "120");
		assertThat(this.dropped).isEmpty();
	}

	@Test
	void shiftMakesLettersAToFUpperCaseWhileHeld() {
		press(30);
		event(UsKeymap.KEY_RIGHTSHIFT, 1);
		press(48, 46);
		event(UsKeymap.KEY_RIGHTSHIFT, 0);
		press(32, UsKeymap.KEY_ENTER);

		assertThat(this.typed).containsExactly("aBCd");
	}

	@Test
	void ignoresReleasesRepeatsAndOtherEventTypes() {
		event(2, 1);
		event(2, 2);
		event(2, 0);
		this.typing.accept(new InputEvent(0x04, 4, 458782), this.clock.instant(), this.outcome);
		press(UsKeymap.KEY_ENTER);

		assertThat(this.typed).containsExactly("1");
	}

	@Test
	void dropsAHalfTypedReadAfterTheGapInsteadOfJoiningItToTheNext() {
		press(2, 3);
		this.clock.advance(Duration.ofMillis(301));
		press(4, 5, UsKeymap.KEY_ENTER);

		assertThat(this.dropped).containsExactly("a half-typed read of 2 keys dropped after a gap of more than 300 ms");
		assertThat(this.typed).containsExactly("34");
	}

	@Test
	void keepsAPauseWithinTheGap() {
		press(2);
		this.clock.advance(Duration.ofMillis(300));
		press(3, UsKeymap.KEY_ENTER);

		assertThat(this.typed).containsExactly("12");
	}

	@Test
	void rejectsATextWithKeysOutsideTheKeymapGivingCountsNotKeys() {
		press(2, 16, 3, 57, UsKeymap.KEY_ENTER);

		assertThat(this.typed).isEmpty();
		assertThat(this.dropped)
			.containsExactly("the reader typed 4 keys, 2 of them keys that are not digits or A to F");
	}

	@Test
	void aLoneEnterIsNoRead() {
		press(UsKeymap.KEY_ENTER);

		assertThat(this.typed).isEmpty();
		assertThat(this.dropped).isEmpty();
	}

	private void press(int... codes) {
		for (int code : codes) {
			event(code, 1);
			event(code, 0);
		}
	}

	private void event(int code, int value) {
		this.typing.accept(new InputEvent(InputEvent.EV_KEY, code, value), this.clock.instant(), this.outcome);
	}

}
