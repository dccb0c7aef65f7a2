package org.cloakroom.kiosk.fleet.ingest;

import java.time.Instant;
import java.util.Optional;

import org.cloakroom.kiosk.CentralHome;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code fleet_signing_key} table: each kiosk's checkpoint public keys. */
@Repository
@CentralHome
class SigningKeyTable {

	private final JdbcClient jdbc;

	SigningKeyTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Keeps the key unless central has it already. */
	void keep(long kioskId, String keyId, String pem, Instant now) {
		if (pem(kioskId, keyId).isEmpty()) {
			this.jdbc
				.sql("INSERT INTO fleet_signing_key (kiosk_id, key_id, public_key_pem, first_seen_at)"
						+ " VALUES (?, ?, ?, ?)")
				.params(kioskId, keyId, pem, KioskTable.utc(now))
				.update();
		}
	}

	Optional<String> pem(long kioskId, String keyId) {
		return this.jdbc.sql("SELECT public_key_pem FROM fleet_signing_key WHERE kiosk_id = ? AND key_id = ?")
			.params(kioskId, keyId)
			.query(String.class)
			.optional();
	}

}
