package org.cloakroom.kiosk.fleet.ingest;

import java.time.Instant;

/**
 * A registered kiosk as the consoles show it, with its lag: {@code reportedSequence} is
 * the kiosk's own head at its last contact, {@code centralSequence} the head of its chain
 * as central holds it, {@code lag} the entries between them (null until both are known).
 * {@code forkedAt}: the sequence whose entry contradicted central's copy; its batches are
 * refused while set.
 */
public record RegisteredKiosk(long id, String name, String site, KioskState state, Instant registeredAt,
		String registeredBy, Instant joinCodeExpiresAt, Instant joinedAt, Instant revokedAt, String revokedBy,
		Instant lastContactAt, Long reportedSequence, Long centralSequence, Long lag, Long forkedAt,
		Long configurationVersion) {

}
