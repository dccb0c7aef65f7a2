package org.cloakroom.kiosk.enrolment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code app_inventory} and {@code app_inventory_item} tables. */
@Repository
class InventoryTable {

	private static final String COLUMNS = "SELECT id, phone_id, source, mdm, recorded_at FROM app_inventory";

	private final JdbcClient jdbc;

	InventoryTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(AppInventory inventory, Instant attestedAt) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO app_inventory (phone_id, source, mdm, recorded_at, attested_at) VALUES (?, ?, ?, ?, ?)")
			.params(inventory.phoneId().value(), inventory.source().name(), inventory.mdm(),
					utc(inventory.recordedAt()), utc(attestedAt))
			.update(key, "id");
		long id = key.getKeyAs(Long.class);
		insertItems(id, inventory.appIds(), false);
		insertItems(id, inventory.appNames(), true);
		return id;
	}

	/**
	 * The newest by {@code recorded_at} (the later insert on a tie), whatever its source.
	 */
	Optional<AppInventory> newest(PhoneId phoneId) {
		return newestRow(phoneId).map(Stored::inventory);
	}

	Optional<Stored> newestRow(PhoneId phoneId) {
		return this.jdbc.sql(COLUMNS + " WHERE phone_id = ? ORDER BY recorded_at DESC, id DESC FETCH FIRST 1 ROWS ONLY")
			.param(phoneId.value())
			.query(this::row)
			.optional();
	}

	/** The phone's newest {@code limit} inventories, newest first. */
	List<Stored> newest(PhoneId phoneId, int limit) {
		return this.jdbc.sql(COLUMNS + " WHERE phone_id = ? ORDER BY recorded_at DESC, id DESC FETCH FIRST ? ROWS ONLY")
			.params(phoneId.value(), limit)
			.query(this::row)
			.list();
	}

	Optional<Stored> byId(PhoneId phoneId, long inventoryId) {
		return this.jdbc.sql(COLUMNS + " WHERE phone_id = ? AND id = ?")
			.params(phoneId.value(), inventoryId)
			.query(this::row)
			.optional();
	}

	/**
	 * The phone's newest declaration by the employee (an MDM list cannot be re-attested).
	 */
	Optional<AppInventory> newestDeclaration(PhoneId phoneId) {
		return this.jdbc
			.sql(COLUMNS + " WHERE phone_id = ? AND source = 'DECLARATION' ORDER BY recorded_at DESC, id DESC "
					+ "FETCH FIRST 1 ROWS ONLY")
			.param(phoneId.value())
			.query(this::row)
			.optional()
			.map(Stored::inventory);
	}

	/** When the phone's apps were last attested, if ever. */
	Optional<Instant> lastAttested(PhoneId phoneId) {
		return this.jdbc
			.sql("SELECT attested_at FROM app_inventory WHERE phone_id = ? AND attested_at IS NOT NULL "
					+ "ORDER BY attested_at DESC FETCH FIRST 1 ROWS ONLY")
			.param(phoneId.value())
			.query(OffsetDateTime.class)
			.optional()
			.map(OffsetDateTime::toInstant);
	}

	private void insertItems(long inventoryId, Set<String> entries, boolean displayNames) {
		for (String entry : entries) {
			this.jdbc.sql("INSERT INTO app_inventory_item (inventory_id, app_id, display_name) VALUES (?, ?, ?)")
				.params(inventoryId, entry, displayNames)
				.update();
		}
	}

	private Stored row(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		return new Stored(id,
				new AppInventory(PhoneId.of(rs.getLong("phone_id")), InventorySource.valueOf(rs.getString("source")),
						rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), items(id, false),
						items(id, true), rs.getString("mdm")));
	}

	private Set<String> items(long inventoryId, boolean displayNames) {
		List<String> items = this.jdbc
			.sql("SELECT app_id FROM app_inventory_item WHERE inventory_id = ? AND display_name = ?")
			.params(inventoryId, displayNames)
			.query(String.class)
			.list();
		return new TreeSet<>(items);
	}

	private static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	/** An inventory with its row id. */
	record Stored(long id, AppInventory inventory) {
	}

}
