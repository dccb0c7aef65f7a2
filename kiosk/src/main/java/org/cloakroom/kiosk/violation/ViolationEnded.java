package org.cloakroom.kiosk.violation;

import java.time.Instant;

import org.cloakroom.kiosk.alert.EndsAlertEpisode;
import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditType;
import org.cloakroom.kiosk.audit.AuditableEvent;

/** An episode ended: its alert stays on the queue and gets its end. */
@AuditType("ViolationEnded")
public record ViolationEnded(String episodeKey, ViolationRule rule, AuditSubject about, Instant startedAt,
		EpisodeEnd reason, Instant endedAt) implements AuditableEvent, EndsAlertEpisode {

	@Override
	public AuditSubject subject() {
		return this.about;
	}

}
