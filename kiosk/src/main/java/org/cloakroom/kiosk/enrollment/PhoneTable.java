package org.cloakroom.kiosk.enrollment;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.cloakroom.kiosk.policy.Platform;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code phone} table. */
@Repository
class PhoneTable {

	private static final String COLUMNS = "SELECT id, employee_id, label, platform FROM phone";

	private final JdbcClient jdbc;

	PhoneTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long employeeId, String label, Platform platform, Instant now) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("INSERT INTO phone (employee_id, label, platform, created_at) VALUES (?, ?, ?, ?)")
			.params(employeeId, label, platform.name(), now.atOffset(ZoneOffset.UTC))
			.update(key, "id");
		return key.getKeyAs(Long.class);
	}

	Optional<PhoneRef> byId(long id) {
		return this.jdbc.sql(COLUMNS + " WHERE id = ?").param(id).query(PhoneRef.class).optional();
	}

	List<PhoneRef> ofEmployee(long employeeId) {
		return this.jdbc.sql(COLUMNS + " WHERE employee_id = ? ORDER BY id")
			.param(employeeId)
			.query(PhoneRef.class)
			.list();
	}

	List<PhoneRef> all() {
		return this.jdbc.sql(COLUMNS + " ORDER BY id").query(PhoneRef.class).list();
	}

}
