package org.cloakroom.kiosk.locker;

import java.time.Duration;
import java.time.Instant;

/**
 * A door that reads open, since when, and how far its held-open alerts have gone.
 */
record OpenDoor(Instant since, Stage stage) {

	/** How far a door held open has been reported. */
	enum Stage {

		/** Open, within its limit. */
		OPEN,
		/** Past the held-open limit: alerted, the buzzer sounds. */
		ALERTED,
		/** Past the escalation too. */
		ESCALATED

	}

	static OpenDoor since(Instant since) {
		return new OpenDoor(since, Stage.OPEN);
	}

	/** The stage this door has earned at {@code now}, one past its current at most. */
	boolean due(Stage next, Instant now, Duration limit, Duration escalation) {
		Instant alertAt = this.since.plus(limit);
		Instant dueAt = (next == Stage.ALERTED) ? alertAt : alertAt.plus(escalation);
		return next.ordinal() == this.stage.ordinal() + 1 && !now.isBefore(dueAt);
	}

	OpenDoor at(Stage stage) {
		return new OpenDoor(this.since, stage);
	}

}
