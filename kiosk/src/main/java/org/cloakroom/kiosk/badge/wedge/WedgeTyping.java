package org.cloakroom.kiosk.badge.wedge;

import java.time.Duration;
import java.time.Instant;

/**
 * Turns a keyboard wedge's key events into what it typed: one text per Enter. A text left
 * half-typed for longer than {@code gap} (a read cut off, a key bumped) is dropped when
 * the next key comes, never joined to the next card's number. Keys outside the keymap are
 * counted, so that the read is rejected rather than read without them.
 */
final class WedgeTyping {

	/** What the typing came to. */
	interface Outcome {

		/** Enter ended a text of keys all in the keymap. */
		void typed(String text);

		/** A text that cannot be a read; the reason gives its length, never its keys. */
		void dropped(String reason);

	}

	private final Duration gap;

	private final StringBuilder text = new StringBuilder();

	private int unknownKeys;

	private boolean leftShift;

	private boolean rightShift;

	private Instant lastKey;

	WedgeTyping(Duration gap) {
		this.gap = gap;
	}

	void accept(InputEvent event, Instant now, Outcome outcome) {
		if (event.type() != InputEvent.EV_KEY) {
			return;
		}
		if (UsKeymap.isShift(event.code())) {
			shift(event.code(), event.value() != 0);
			return;
		}
		if (!event.keyPressed()) {
			return;
		}
		if (pending() && Duration.between(this.lastKey, now).compareTo(this.gap) > 0) {
			outcome.dropped("a half-typed read of " + length() + " dropped after a gap of more than "
					+ this.gap.toMillis() + " ms");
			clear();
		}
		this.lastKey = now;
		if (UsKeymap.isEnter(event.code())) {
			enter(outcome);
			return;
		}
		char character = UsKeymap.character(event.code(), this.leftShift || this.rightShift);
		if (character == 0) {
			this.unknownKeys++;
		}
		else {
			this.text.append(character);
		}
	}

	private void enter(Outcome outcome) {
		if (this.unknownKeys > 0) {
			outcome.dropped("the reader typed " + length() + ", " + this.unknownKeys
					+ " of them keys that are not digits or A to F");
		}
		else if (!this.text.isEmpty()) {
			outcome.typed(this.text.toString());
		}
		clear();
	}

	private void shift(int code, boolean down) {
		if (code == UsKeymap.KEY_LEFTSHIFT) {
			this.leftShift = down;
		}
		else {
			this.rightShift = down;
		}
	}

	private boolean pending() {
		return !this.text.isEmpty() || this.unknownKeys > 0;
	}

	private String length() {
		int keys = this.text.length() + this.unknownKeys;
		return keys + ((keys == 1) ? " key" : " keys");
	}

	private void clear() {
		this.text.setLength(0);
		this.unknownKeys = 0;
	}

}
