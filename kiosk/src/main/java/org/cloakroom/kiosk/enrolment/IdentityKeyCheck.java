package org.cloakroom.kiosk.enrolment;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stops start-up when {@code cloakroom.enrolment.identity-key} is not the key that sealed
 * this database's IRKs, before anything reads one: with the wrong key every enrolled
 * phone would silently stop being recognised. The table {@code identity_key_check} holds
 * a fixed label sealed under the key (never the key); the first start writes it, after
 * checking the key against an IRK stored before the table existed.
 */
@Component
class IdentityKeyCheck implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(IdentityKeyCheck.class);

	private static final String LABEL = "cloakroom identity key check";

	private static final String CONTEXT = "identity_key_check";

	private final JdbcClient jdbc;

	private final IdentityCipher cipher;

	private final Clock clock;

	IdentityKeyCheck(JdbcClient jdbc, IdentityCipher cipher, Clock clock) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.clock = clock;
	}

	@Override
	public void afterPropertiesSet() {
		Optional<String> check = this.jdbc.sql("SELECT check_value FROM identity_key_check WHERE id = 1")
			.query(String.class)
			.optional();
		if (check.isPresent()) {
			requireOpens(check.get(), CONTEXT);
			return;
		}
		this.jdbc.sql("SELECT phone_id, stored_value FROM ble_identity WHERE kind = 'irk' ORDER BY id LIMIT 1")
			.query((rs, row) -> new SealedIrk(rs.getLong("phone_id"), rs.getString("stored_value")))
			.optional()
			.ifPresent((irk) -> requireOpens(irk.value(), StoredIdentities.context(irk.phoneId())));
		this.jdbc.sql("INSERT INTO identity_key_check (id, check_value, created_at) VALUES (1, ?, ?)")
			.params(this.cipher.encrypt(LABEL.getBytes(StandardCharsets.UTF_8), CONTEXT),
					this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		log.info("Stored the check value of {}; every start from now on verifies the key against it",
				IdentityCipher.PROPERTY);
	}

	private void requireOpens(String sealed, String context) {
		if (!this.cipher.opens(sealed, context)) {
			throw new IdentityKeyMismatchException();
		}
	}

	private record SealedIrk(long phoneId, String value) {
	}

}
