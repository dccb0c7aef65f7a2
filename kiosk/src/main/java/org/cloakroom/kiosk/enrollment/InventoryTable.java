package org.cloakroom.kiosk.enrollment;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code app_inventory} and {@code app_inventory_item} tables. */
@Repository
class InventoryTable {

	private final JdbcClient jdbc;

	InventoryTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(AppInventory inventory, Instant attestedAt) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("INSERT INTO app_inventory (phone_id, source, recorded_at, attested_at) VALUES (?, ?, ?, ?)")
			.params(inventory.phoneId(), inventory.source().name(), utc(inventory.recordedAt()), utc(attestedAt))
			.update(key, "id");
		long id = key.getKeyAs(Long.class);
		for (String appId : inventory.appIds()) {
			this.jdbc.sql("INSERT INTO app_inventory_item (inventory_id, app_id) VALUES (?, ?)")
				.params(id, appId)
				.update();
		}
		return id;
	}

	/**
	 * The newest by {@code recorded_at} (the later insert on a tie), whatever its source.
	 */
	Optional<AppInventory> newest(long phoneId) {
		return this.jdbc
			.sql("SELECT id, source, recorded_at FROM app_inventory WHERE phone_id = ? "
					+ "ORDER BY recorded_at DESC, id DESC FETCH FIRST 1 ROWS ONLY")
			.param(phoneId)
			.query((rs, row) -> new AppInventory(phoneId, InventorySource.valueOf(rs.getString("source")),
					rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), items(rs.getLong("id"))))
			.optional();
	}

	private Set<String> items(long inventoryId) {
		return new HashSet<>(this.jdbc.sql("SELECT app_id FROM app_inventory_item WHERE inventory_id = ?")
			.param(inventoryId)
			.query(String.class)
			.list());
	}

	private static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

}
