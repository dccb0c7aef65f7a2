package org.cloakroom.kiosk.fleet.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.cloakroom.kiosk.CentralHome;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code fleet_event}'s month partitions ahead of time on PostgreSQL (a no-op on
 * H2, whose table is not partitioned): this month's and the next two, in UTC, at start
 * and daily. A partition is {@code fleet_event_YYYY_MM}. Entries that the DEFAULT
 * partition caught for a month (a kiosk whose clock ran ahead) move into that month's
 * partition as it is created, in the same transaction.
 */
@Component
@CentralHome
public class FleetPartitions {

	/** Months kept ahead, this one included. */
	static final int MONTHS = 3;

	private static final Logger log = LoggerFactory.getLogger(FleetPartitions.class);

	private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'fleet_event_'uuuu_MM");

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final TransactionTemplate transactions;

	private final Clock clock;

	FleetPartitions(JdbcClient jdbc, DataSource dataSource, TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.transactions = transactions;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		ensure();
	}

	@Scheduled(cron = "0 7 0 * * *", zone = "UTC")
	void daily() {
		ensure();
	}

	/** Creates the partitions missing; the names of those it created. */
	public List<String> ensure() {
		List<String> created = new ArrayList<>();
		if (!partitioned()) {
			return created;
		}
		YearMonth month = YearMonth.now(this.clock.withZone(ZoneOffset.UTC));
		for (int i = 0; i < MONTHS; i++) {
			YearMonth next = month.plusMonths(i);
			try {
				if (create(next)) {
					created.add(NAME.format(next));
				}
			}
			catch (RuntimeException ex) {
				// another instance creating it at once, say: the next run tries again
				log.warn("Could not create partition {} of fleet_event: {}", NAME.format(next), ex.getMessage());
			}
		}
		return created;
	}

	private boolean create(YearMonth month) {
		String name = NAME.format(month);
		if (this.jdbc.sql("SELECT to_regclass(?) IS NOT NULL").param(name).query(Boolean.class).single()) {
			return false;
		}
		String from = "'" + month.atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC) + "'";
		String to = "'" + month.plusMonths(1).atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC) + "'";
		String range = "recorded_at >= " + from + " AND recorded_at < " + to;
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.sql("CREATE TABLE " + name + " (LIKE fleet_event INCLUDING DEFAULTS INCLUDING CONSTRAINTS)")
				.update();
			int moved = this.jdbc.sql("INSERT INTO " + name + " SELECT * FROM fleet_event_default WHERE " + range)
				.update();
			this.jdbc.sql("DELETE FROM fleet_event_default WHERE " + range).update();
			this.jdbc
				.sql("ALTER TABLE fleet_event ATTACH PARTITION " + name + " FOR VALUES FROM (" + from + ") TO (" + to
						+ ")")
				.update();
			if (moved > 0) {
				log.info("Partition {} of fleet_event took {} entries from the default partition", name, moved);
			}
		});
		return true;
	}

	private boolean partitioned() {
		try (Connection connection = this.dataSource.getConnection()) {
			return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot tell which database holds fleet_event: " + ex.getMessage(), ex);
		}
	}

}
