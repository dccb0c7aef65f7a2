package org.cloakroom.kiosk.fleet.retention;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.cloakroom.kiosk.CentralHome;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code fleet_event}'s partitions as PostgreSQL's catalogue knows them, their entries,
 * and {@code fleet_archive}.
 */
@Repository
@CentralHome
class PartitionTable {

	static final int PAGE = 1000;

	/**
	 * Every range partition with both bounds, read from the catalogue rather than from
	 * names: the bounds are PostgreSQL's own text, cast back to instants in the same
	 * session. The DEFAULT partition has no bounds and is never listed.
	 */
	private static final String PARTITIONS = """
			SELECT c.oid::regclass::text AS name, b.bound[1]::timestamptz AS from_at, b.bound[2]::timestamptz AS to_at
			FROM pg_inherits i
			JOIN pg_class c ON c.oid = i.inhrelid
			CROSS JOIN LATERAL (SELECT regexp_match(pg_get_expr(c.relpartbound, c.oid),
			    'FROM \\(''([^'']+)''\\) TO \\(''([^'']+)''\\)') AS bound) b
			WHERE i.inhparent = 'fleet_event'::regclass AND b.bound IS NOT NULL
			ORDER BY to_at""";

	private static final String COLUMNS = "SELECT kiosk_id, sequence, recorded_at, type, subject, alert, details,"
			+ " previous_hash, hash, key_id, received_at FROM ";

	private static final RowMapper<ArchivedEntry> ENTRY = (rs, row) -> new ArchivedEntry(rs.getLong("kiosk_id"),
			rs.getLong("sequence"), instant(rs, "recorded_at"), rs.getString("type"), rs.getString("subject"),
			rs.getBoolean("alert"), rs.getString("details"), rs.getString("previous_hash"), rs.getString("hash"),
			rs.getString("key_id"), instant(rs, "received_at"));

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	PartitionTable(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	/**
	 * The range partitions, oldest end first; none on H2, where {@code fleet_event} is a
	 * plain table (a central instance tried out on H2).
	 */
	List<FleetPartition> partitions() {
		if (!onPostgresql()) {
			return List.of();
		}
		return this.jdbc.sql(PARTITIONS)
			.query((rs, row) -> new FleetPartition(rs.getString("name"), instant(rs, "from_at"), instant(rs, "to_at")))
			.list();
	}

	/**
	 * Blocks writes into the partition until the transaction ends, so that what is
	 * archived is all it holds when it is dropped (a kiosk back after a long time may
	 * still send entries that old). Every lock of the transaction gives up after 10 s
	 * rather than stall ingest or searches; an entry of that month arriving meanwhile may
	 * also make PostgreSQL end one of the two as a deadlock. Either way nothing is lost:
	 * the transaction rolls back and the next day tries again.
	 */
	void lockAgainstWrites(FleetPartition partition) {
		this.jdbc.sql("SET LOCAL lock_timeout = '10s'").update();
		this.jdbc.sql("LOCK TABLE " + partition.table() + " IN SHARE MODE").update();
	}

	long count(FleetPartition partition) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + partition.table()).query(Long.class).single();
	}

	/** Every entry of the partition, in (kiosk, sequence) order, read by keyset pages. */
	void entries(FleetPartition partition, Consumer<ArchivedEntry> sink) {
		long kiosk = Long.MIN_VALUE;
		long sequence = Long.MIN_VALUE;
		while (true) {
			List<ArchivedEntry> page = this.jdbc
				.sql(COLUMNS + partition.table() + " WHERE (kiosk_id, sequence) > (?, ?)"
						+ " ORDER BY kiosk_id, sequence LIMIT " + PAGE)
				.params(kiosk, sequence)
				.query(ENTRY)
				.list();
			page.forEach(sink);
			if (page.size() < PAGE) {
				return;
			}
			kiosk = page.get(page.size() - 1).kiosk();
			sequence = page.get(page.size() - 1).sequence();
		}
	}

	void recordArchive(FleetPartitionArchived archived, Instant at) {
		this.jdbc
			.sql("INSERT INTO fleet_archive (partition_name, from_at, to_at, file, sha256, entries, archived_at)"
					+ " VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(archived.partition(), archived.from().atOffset(ZoneOffset.UTC),
					archived.to().atOffset(ZoneOffset.UTC), archived.file(), archived.fileSha256(), archived.entries(),
					at.atOffset(ZoneOffset.UTC))
			.update();
	}

	/**
	 * Detaches and drops the partition. Detaching waits for the queries on
	 * {@code fleet_event} to end and holds the next ones meanwhile (the DEFAULT partition
	 * rules out {@code CONCURRENTLY}), within the lock timeout above.
	 */
	void detachAndDrop(FleetPartition partition) {
		this.jdbc.sql("ALTER TABLE fleet_event DETACH PARTITION " + partition.table()).update();
		this.jdbc.sql("DROP TABLE " + partition.table()).update();
	}

	private boolean onPostgresql() {
		try (Connection connection = this.dataSource.getConnection()) {
			return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot tell which database holds fleet_event: " + ex.getMessage(), ex);
		}
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

}
