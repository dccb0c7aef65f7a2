package org.cloakroom.kiosk.fleet;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HexFormat;

import org.cloakroom.kiosk.fleet.ingest.RegisteredKiosks;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Registered kiosks for the tests of what reads them (the consoles' search, alerts and
 * kiosks page): registered through central's real registry, then left joined with a chain
 * as a join and some forwarding would leave {@code fleet_kiosk} and {@code fleet_chain},
 * without a kiosk's log to forward (the ingest's own tests forward real ones).
 */
public final class JoinedKiosks {

	private final RegisteredKiosks registry;

	private final JdbcClient jdbc;

	private final Clock clock;

	public JoinedKiosks(RegisteredKiosks registry, JdbcClient jdbc, Clock clock) {
		this.registry = registry;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A kiosk that joined, central holding its chain up to {@code headSequence}, the
	 * kiosk at {@code reportedSequence} at its last contact, forked at {@code forkedAt}
	 * (null: not forked).
	 * @return its id
	 */
	public long joined(String name, String site, long headSequence, Long reportedSequence, Long forkedAt) {
		long id = this.registry.register(name, site, "admin").kiosk().id();
		var now = this.clock.instant().atOffset(ZoneOffset.UTC);
		this.jdbc
			.sql("UPDATE fleet_kiosk SET state = 'JOINED', joined_at = ?, last_contact_at = ?, reported_sequence = ?,"
					+ " token_sha256 = ? WHERE id = ?")
			.params(now, now, reportedSequence, sha256("token of " + name), id)
			.update();
		this.jdbc
			.sql("INSERT INTO fleet_chain (kiosk_id, head_sequence, head_hash, forked_at, updated_at)"
					+ " VALUES (?, ?, ?, ?, ?)")
			.params(id, headSequence, sha256(id + ":" + headSequence), forkedAt, now)
			.update();
		return id;
	}

	public long id(String name) {
		return this.registry.get(name).id();
	}

	public static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
