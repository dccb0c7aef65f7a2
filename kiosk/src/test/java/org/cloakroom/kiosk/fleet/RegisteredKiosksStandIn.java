package org.cloakroom.kiosk.fleet;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A stand-in for the ingest's registry of kiosks (helper B's), behind the consoles' port
 * {@link RegisteredKiosks}: it writes and reads {@code fleet_kiosk} and
 * {@code fleet_chain} as ISSUE17.md's central schema has them (join codes kept as SHA-256
 * only, 24 hours), so that the kiosks page, the search and the alerts see the same
 * kiosks. It refuses nothing: the registry's refusals are its own tests'.
 */
public class RegisteredKiosksStandIn implements RegisteredKiosks {

	private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	public RegisteredKiosksStandIn(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public JoinCode register(String name, String site, String by) {
		String code = code();
		Instant expires = this.clock.instant().plus(Duration.ofHours(24));
		this.jdbc
			.sql("INSERT INTO fleet_kiosk (name, site, state, registered_at, registered_by, join_code_sha256,"
					+ " join_code_expires_at) VALUES (?, ?, 'REGISTERED', ?, ?, ?, ?)")
			.params(name, site, utc(this.clock.instant()), by, sha256(code), utc(expires))
			.update();
		return new JoinCode(name, code, expires);
	}

	@Override
	public List<Kiosk> list() {
		return this.jdbc
			.sql("SELECT k.name, k.site, k.state, k.last_contact_at, k.reported_sequence - c.head_sequence AS lag,"
					+ " c.forked_at, k.configuration_version FROM fleet_kiosk k"
					+ " LEFT JOIN fleet_chain c ON c.kiosk_id = k.id ORDER BY k.name")
			.query((rs, row) -> new Kiosk(rs.getString("name"), rs.getString("site"),
					State.valueOf(rs.getString("state")),
					instant(rs.getObject("last_contact_at", OffsetDateTime.class)), rs.getObject("lag", Long.class),
					rs.getObject("forked_at", Long.class), rs.getObject("configuration_version", Long.class)))
			.list();
	}

	@Override
	public void revoke(String name, String by) {
		this.jdbc.sql("UPDATE fleet_kiosk SET state = 'REVOKED', revoked_at = ?, revoked_by = ? WHERE name = ?")
			.params(utc(this.clock.instant()), by, name)
			.update();
	}

	/** A kiosk that joined, with its chain as central holds it. */
	public long joined(String name, String site, long headSequence, Long reportedSequence, Long forkedAt) {
		register(name, site, "admin");
		long id = id(name);
		this.jdbc
			.sql("UPDATE fleet_kiosk SET state = 'JOINED', joined_at = ?, last_contact_at = ?, reported_sequence = ?,"
					+ " join_code_sha256 = NULL WHERE id = ?")
			.params(utc(this.clock.instant()), utc(this.clock.instant()), reportedSequence, id)
			.update();
		this.jdbc
			.sql("INSERT INTO fleet_chain (kiosk_id, head_sequence, head_hash, forked_at, updated_at)"
					+ " VALUES (?, ?, ?, ?, ?)")
			.params(id, headSequence, "0".repeat(64), forkedAt, utc(this.clock.instant()))
			.update();
		return id;
	}

	public long id(String name) {
		return this.jdbc.sql("SELECT id FROM fleet_kiosk WHERE name = ?").param(name).query(Long.class).single();
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

	private String code() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 12; i++) {
			if (i > 0 && i % 4 == 0) {
				code.append('-');
			}
			code.append(LETTERS.charAt(this.random.nextInt(LETTERS.length())));
		}
		return code.toString();
	}

	private static OffsetDateTime utc(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(OffsetDateTime at) {
		return (at != null) ? at.toInstant() : null;
	}

	/** The stand-in as the central home's {@link RegisteredKiosks}. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		RegisteredKiosksStandIn registeredKiosks(JdbcClient jdbc, Clock clock) {
			return new RegisteredKiosksStandIn(jdbc, clock);
		}

	}

}
