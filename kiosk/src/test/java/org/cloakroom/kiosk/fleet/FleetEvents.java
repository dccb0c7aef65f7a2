package org.cloakroom.kiosk.fleet;

import java.time.Instant;
import java.time.ZoneOffset;

import org.cloakroom.kiosk.fleet.wire.ForwardedEntry;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes entries into central's copy of a kiosk's chain ({@code fleet_event}) as the
 * ingest stores them, for tests of what reads it (the consoles' search and alerts).
 */
public final class FleetEvents {

	private final JdbcClient jdbc;

	public FleetEvents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored entry: its hashes are placeholders, as no reader here checks them. */
	public ForwardedEntry store(long kioskId, long sequence, Instant at, String type, String subject, boolean alert,
			String details) {
		ForwardedEntry entry = new ForwardedEntry(sequence, at, type, subject, alert, details,
				JoinedKiosks.sha256(kioskId + ":" + (sequence - 1)), JoinedKiosks.sha256(kioskId + ":" + sequence),
				null);
		this.jdbc
			.sql("INSERT INTO fleet_event (kiosk_id, sequence, recorded_at, type, subject, alert, details,"
					+ " previous_hash, hash, key_id, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(kioskId, sequence, at.atOffset(ZoneOffset.UTC), type, subject, alert, details, entry.previousHash(),
					entry.hash(), null, at.atOffset(ZoneOffset.UTC))
			.update();
		return entry;
	}

}
