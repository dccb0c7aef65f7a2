package org.cloakroom.kiosk.badge.wiegand;

import java.math.BigInteger;
import java.time.Instant;

import org.cloakroom.kiosk.badge.BadgeIds;
import org.cloakroom.kiosk.badge.BadgeRead;
import org.cloakroom.kiosk.badge.BadgeReadSink;
import org.cloakroom.kiosk.wiring.BadgeFormat;

/** What one Wiegand frame was: a card, or something no card sends. */
sealed interface FrameReading {

	/**
	 * Hands the reading to the sink as a badge read in {@code format}, or as a rejected
	 * read.
	 */
	void handTo(BadgeReadSink sink, String reader, BadgeFormat format, Instant at);

	/**
	 * A frame with a facility code and a card number; {@code whole} is both, the data
	 * bits without the parity bits, for the {@code decimal} and {@code hex} badge
	 * formats.
	 */
	record FacilityCard(String form, long facility, long card, BigInteger whole) implements FrameReading {

		@Override
		public void handTo(BadgeReadSink sink, String reader, BadgeFormat format, Instant at) {
			sink.read(new BadgeRead(reader, BadgeIds.ofFacilityCard(this.facility, this.card, this.whole, format),
					this.form, at));
		}

	}

	/** A raw frame: every bit is the number. */
	record RawNumber(String form, BigInteger number) implements FrameReading {

		@Override
		public void handTo(BadgeReadSink sink, String reader, BadgeFormat format, Instant at) {
			sink.read(new BadgeRead(reader, BadgeIds.ofNumber(this.number, format), this.form, at));
		}

	}

	/** Not a card: the reason names what was wrong, never a number. */
	record Unreadable(String reason) implements FrameReading {

		@Override
		public void handTo(BadgeReadSink sink, String reader, BadgeFormat format, Instant at) {
			sink.rejected(reader, this.reason);
		}

	}

}
