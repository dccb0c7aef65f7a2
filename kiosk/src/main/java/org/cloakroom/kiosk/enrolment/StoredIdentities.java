package org.cloakroom.kiosk.enrolment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.cloakroom.kiosk.ble.BleIdentity;
import org.cloakroom.kiosk.ble.EnrolledIdentities;
import org.cloakroom.kiosk.ble.EnrolledIdentity;
import org.cloakroom.kiosk.ble.IdentityResolvingKey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code ble_identity} table, and the BLE module's view of it. IRKs are encrypted
 * before they are written and decrypted only here, for {@link #all()}: no other path
 * returns one.
 */
@Repository
class StoredIdentities implements EnrolledIdentities {

	private static final String IRK = "irk";

	private static final String IRK_DESCRIPTION = new IdentityResolvingKey(new byte[16]).describe();

	private final JdbcClient jdbc;

	private final IdentityCipher cipher;

	StoredIdentities(JdbcClient jdbc, IdentityCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	@Override
	@Transactional(readOnly = true)
	public List<EnrolledIdentity> all() {
		return this.jdbc.sql("SELECT id, phone_id, kind, stored_value FROM ble_identity ORDER BY phone_id, id")
			.query(this::row)
			.list();
	}

	long insert(PhoneId phoneId, BleIdentity identity, Instant now) {
		String stored = (identity instanceof IdentityResolvingKey irk)
				? this.cipher.encrypt(irk.key(), context(phoneId.value())) : IdentityText.format(identity);
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO ble_identity (phone_id, kind, stored_value, created_at, fingerprint)"
					+ " VALUES (?, ?, ?, ?, ?)")
			.params(phoneId.value(), identity.kind(), stored, now.atOffset(ZoneOffset.UTC),
					IdentityFingerprint.of(identity))
			.update(key, "id");
		return key.getKeyAs(Long.class);
	}

	/**
	 * Writes central's copy of an identity under central's id, an IRK sealed under this
	 * kiosk's identity key as {@link #insert} seals it. An identity that central changed
	 * (another phone, kind or key) is removed first, with what calibration said of it.
	 * @return whether anything was written
	 */
	boolean put(IdentityRecord record, Instant now) {
		BleIdentity identity = record.identity();
		String fingerprint = IdentityFingerprint.of(identity);
		List<String> held = this.jdbc.sql("SELECT phone_id, kind, fingerprint FROM ble_identity WHERE id = ?")
			.param(record.id())
			.query((rs, row) -> rs.getLong("phone_id") + ":" + rs.getString("kind") + ":" + rs.getString("fingerprint"))
			.list();
		if (held.contains(record.phoneId().value() + ":" + identity.kind() + ":" + fingerprint)) {
			return false;
		}
		remove(record.id());
		String stored = (identity instanceof IdentityResolvingKey irk)
				? this.cipher.encrypt(irk.key(), context(record.phoneId().value())) : IdentityText.format(identity);
		this.jdbc
			.sql("INSERT INTO ble_identity (id, phone_id, kind, stored_value, created_at, fingerprint)"
					+ " VALUES (?, ?, ?, ?, ?, ?)")
			.params(record.id(), record.phoneId().value(), identity.kind(), stored, now.atOffset(ZoneOffset.UTC),
					fingerprint)
			.update();
		return true;
	}

	/** Every identity's id, nothing opened. */
	List<Long> ids() {
		return this.jdbc.sql("SELECT id FROM ble_identity ORDER BY id").query(Long.class).list();
	}

	/**
	 * Removes an identity and the calibration samples taken of it.
	 * @return whether it was there
	 */
	boolean remove(long id) {
		this.jdbc.sql("DELETE FROM calibration_sample WHERE identity_id = ?").param(id).update();
		return this.jdbc.sql("DELETE FROM ble_identity WHERE id = ?").param(id).update() > 0;
	}

	/**
	 * The phone's identities as they may be shown: an IRK is not even decrypted, its view
	 * is its kind and a fixed description.
	 */
	List<IdentityView> viewsOf(PhoneId phoneId) {
		return this.jdbc
			.sql("SELECT id, phone_id, kind, stored_value, created_at, fingerprint FROM ble_identity"
					+ " WHERE phone_id = ? ORDER BY id")
			.param(phoneId.value())
			.query(this::view)
			.list();
	}

	private IdentityView view(ResultSet rs, int row) throws SQLException {
		String kind = rs.getString("kind");
		String description = IRK.equals(kind) ? IRK_DESCRIPTION
				: IdentityText.parse(kind, rs.getString("stored_value")).describe();
		return new IdentityView(rs.getLong("id"), PhoneId.of(rs.getLong("phone_id")), kind, description,
				rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("fingerprint"));
	}

	private EnrolledIdentity row(ResultSet rs, int row) throws SQLException {
		long phoneId = rs.getLong("phone_id");
		String kind = rs.getString("kind");
		String stored = rs.getString("stored_value");
		BleIdentity identity = IRK.equals(kind)
				? new IdentityResolvingKey(this.cipher.decrypt(stored, context(phoneId)))
				: IdentityText.parse(kind, stored);
		return new EnrolledIdentity(phoneId, rs.getLong("id"), identity);
	}

	/** Binds an IRK's ciphertext to its phone. */
	static String context(long phoneId) {
		return "ble_identity of phone " + phoneId;
	}

}
