package org.cloakroom.kiosk.violation;

import java.time.Duration;
import java.time.Instant;

/**
 * An open episode: its key, rule and subject, when it started, and since when its
 * condition has been false ({@code null} while it holds).
 */
record Episode(long id, String key, ViolationRule rule, String subject, Instant startedAt, Instant quietSince) {

	Episode quiet(Instant since) {
		return new Episode(this.id, this.key, this.rule, this.subject, this.startedAt, since);
	}

	boolean quietFor(Duration period, Instant now) {
		return this.quietSince != null && !this.quietSince.plus(period).isAfter(now);
	}

}
