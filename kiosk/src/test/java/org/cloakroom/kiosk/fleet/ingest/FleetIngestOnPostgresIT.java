package org.cloakroom.kiosk.fleet.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.cloakroom.kiosk.MigrationLocations;
import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.PostgresServer;
import org.cloakroom.kiosk.audit.CanonicalForm;
import org.cloakroom.kiosk.fleet.wire.Acknowledgement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The ingest's SQL on Debian's PostgreSQL, where {@code fleet_event} is partitioned by
 * month: batches land in their month's partition (or the DEFAULT one), the chain rules
 * hold under the row lock, {@link FleetPartitions} creates months ahead and moves what
 * the DEFAULT partition caught, and 50 kiosks forwarding at once are all taken. The
 * ingest's own beans over a pool, without HTTP or the audit log (the H2 tests of the
 * whole program cover those), until the central home runs whole on PostgreSQL.
 */
class FleetIngestOnPostgresIT {

	private static final Instant JUNE_2031 = Instant.parse("2031-06-10T12:00:00Z");

	private static HikariDataSource dataSource;

	private static JdbcClient jdbc;

	private static final MutableClock clock = new MutableClock(JUNE_2031);

	private static final List<Object> published = new ArrayList<>();

	private static FleetIngest ingest;

	private static KioskTable kiosks;

	private static ChainTable chains;

	@BeforeAll
	static void central() {
		PostgresServer.Database database = PostgresServer.database();
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(database.url());
		config.setUsername(database.user());
		config.setPassword(database.password());
		config.setMaximumPoolSize(8);
		dataSource = new HikariDataSource(config);
		Flyway.configure()
			.dataSource(dataSource)
			.locations(MigrationLocations.of(MigrationLocations.POSTGRESQL))
			.load()
			.migrate();
		jdbc = JdbcClient.create(dataSource);
		kiosks = new KioskTable(jdbc);
		chains = new ChainTable(jdbc);
		FleetEventTable events = new FleetEventTable(jdbc);
		SigningKeyTable keys = new SigningKeyTable(jdbc);
		CheckpointIntake checkpoints = new CheckpointIntake(new CheckpointTable(jdbc), keys, events,
				FleetIngestOnPostgresIT::publish);
		ingest = new FleetIngest(chains, kiosks, events, keys, checkpoints,
				new TransactionTemplate(new DataSourceTransactionManager(dataSource)), FleetIngestOnPostgresIT::publish,
				clock);
	}

	@AfterAll
	static void close() {
		dataSource.close();
	}

	private static synchronized void publish(Object event) {
		published.add(event);
	}

	@Test
	void theDefaultPartitionCatchesAMonthAheadAndFleetPartitionsMovesItIntoItsOwn() {
		KioskLog log = KioskLog.create(JUNE_2031).append(40);
		FleetCaller.Kiosk kiosk = joined("june");
		ingest.ingest(kiosk, FleetCalls.batch(log, log.entries(1, 40), null, List.of()));
		assertThat(partitionsHolding(kiosk)).containsExactly("fleet_event_default");

		List<String> created = new FleetPartitions(jdbc, dataSource,
				new TransactionTemplate(new DataSourceTransactionManager(dataSource)), clock)
			.ensure();

		assertThat(created).containsExactly("fleet_event_2031_06", "fleet_event_2031_07", "fleet_event_2031_08");
		assertThat(partitionsHolding(kiosk)).containsExactly("fleet_event_2031_06");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM fleet_event WHERE kiosk_id = ?")
			.param(kiosk.id())
			.query(Long.class)
			.single()).isEqualTo(40);
		assertThat(new FleetPartitions(jdbc, dataSource,
				new TransactionTemplate(new DataSourceTransactionManager(dataSource)), clock)
			.ensure()).isEmpty();
	}

	@Test
	void theChainRulesHoldOnPostgres() {
		KioskLog log = KioskLog.create().append(30);
		FleetCaller.Kiosk kiosk = joined("rules");

		assertThat(ingest.ingest(kiosk, FleetCalls.batch(log, log.entries(1, 20), null, List.of())))
			.isEqualTo(new Acknowledgement(20, 20, 0));
		assertThat(ingest.ingest(kiosk, FleetCalls.batch(log, log.entries(11, 30), null, List.of())))
			.isEqualTo(new Acknowledgement(30, 10, 10));
		assertThatExceptionOfType(FleetRefusal.class)
			.isThrownBy(() -> ingest.ingest(kiosk,
					FleetCalls.batch(log.restoredAt(9).append(30), log.restoredAt(9).append(30).entries(1, 15), null,
							List.of())))
			.satisfies((refusal) -> assertThat(refusal.properties()).containsEntry("sequence", 10L));
		assertThat(jdbc.sql("SELECT forked_at FROM fleet_chain WHERE kiosk_id = ?")
			.param(kiosk.id())
			.query(Long.class)
			.single()).isEqualTo(10L);
		assertThat(published).filteredOn(KioskChainForked.class::isInstance)
			.extracting((event) -> ((KioskChainForked) event).name())
			.contains("rules");
	}

	@Test
	void fiftyKiosksForwardingAtOnceAreAllTaken() throws Exception {
		int kiosksForwarding = 50;
		int batches = 4;
		List<KioskLog> logs = new ArrayList<>();
		List<FleetCaller.Kiosk> callers = new ArrayList<>();
		for (int i = 0; i < kiosksForwarding; i++) {
			logs.add(KioskLog.create().append(batches * 1000));
			callers.add(joined("load-" + i));
		}
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Future<?>> done = new ArrayList<>();
		for (int i = 0; i < kiosksForwarding; i++) {
			KioskLog log = logs.get(i);
			FleetCaller.Kiosk kiosk = callers.get(i);
			done.add(pool.submit(() -> {
				for (int b = 0; b < batches; b++) {
					ingest.ingest(kiosk,
							FleetCalls.batch(log, log.entries(b * 1000L + 1, (b + 1) * 1000L), null, List.of()));
				}
				return null;
			}));
		}
		for (Future<?> each : done) {
			each.get(5, TimeUnit.MINUTES);
		}
		pool.shutdown();

		long total = kiosksForwarding * batches * 1000L;
		assertThat(jdbc
			.sql("SELECT COUNT(*) FROM fleet_event e JOIN fleet_kiosk k ON k.id = e.kiosk_id"
					+ " WHERE k.name LIKE 'load-%'")
			.query(Long.class)
			.single()).isEqualTo(total);
		assertThat(jdbc
			.sql("SELECT COUNT(*) FROM fleet_chain c JOIN fleet_kiosk k ON k.id = c.kiosk_id"
					+ " WHERE k.name LIKE 'load-%' AND c.head_sequence = ?")
			.param(batches * 1000L)
			.query(Long.class)
			.single()).isEqualTo(kiosksForwarding);
	}

	private static FleetCaller.Kiosk joined(String name) {
		long id = kiosks.insert(name, "HQ", "test", Sha256.hex(name), clock.instant().plusSeconds(3600),
				clock.instant());
		kiosks.join(id, Sha256.hex("secret-" + name), "sealed", 0, clock.instant());
		chains.create(id, 0, CanonicalForm.GENESIS_HASH, clock.instant());
		return new FleetCaller.Kiosk(id, name, "HQ");
	}

	private static List<String> partitionsHolding(FleetCaller.Kiosk kiosk) {
		return jdbc.sql("SELECT DISTINCT tableoid::regclass::text AS partition FROM fleet_event WHERE kiosk_id = ?")
			.param(kiosk.id())
			.query(String.class)
			.list();
	}

}
