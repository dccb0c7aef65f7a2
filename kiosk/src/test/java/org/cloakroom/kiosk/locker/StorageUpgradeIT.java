package org.cloakroom.kiosk.locker;

import org.cloakroom.kiosk.MigrationLocations;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.enrolment.PhoneId;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Storages written before this version: the V11 migration keeps every storage, its phones
 * and how it ended; one left without a locker is abandoned at the next start-up, with an
 * event that says so.
 */
class StorageUpgradeIT {

	@TempDir
	Path directory;

	@Test
	void migratesSessionsToStoragesKeepingHowEachEndedAndItsPhones() {
		DriverManagerDataSource db = new DriverManagerDataSource("jdbc:h2:file:" + this.directory.resolve("old"), "sa",
				"");
		Flyway.configure()
			.dataSource(db)
			.locations(MigrationLocations.of(MigrationLocations.H2))
			.target("10")
			.load()
			.migrate();
		JdbcClient jdbc = JdbcClient.create(db);
		String[][] sessions = { { "1", "3", "STORED" }, { "2", "4", "ENDED" }, { "3", null, "ABANDONED" },
				{ "4", "5", "COLLECTING" }, { "5", null, "DEPOSITING" } };
		for (String[] session : sessions) {
			jdbc.sql("INSERT INTO storage_session (id, employee_id, locker_id, state, unenrolled_phones, opened_at)"
					+ " VALUES (?, 7, ?, ?, 0, TIMESTAMP WITH TIME ZONE '2026-03-02 08:00:00+00')")
				.params(Long.valueOf(session[0]), session[1], session[2])
				.update();
			jdbc.sql("INSERT INTO session_phone (storage_session, phone_id) VALUES (?, ?)")
				.params(Long.valueOf(session[0]), 70 + Long.parseLong(session[0]))
				.update();
		}

		Flyway.configure().dataSource(db).locations(MigrationLocations.of(MigrationLocations.H2)).load().migrate();

		List<Map<String, Object>> storages = jdbc.sql("SELECT id, ending FROM storage ORDER BY id")
			.query()
			.listOfRows();
		assertThat(storages).extracting((row) -> row.get("ENDING"))
			.containsExactly(null, "COLLECTED", "ABANDONED", null, null);
		assertThat(jdbc.sql("SELECT phone_id FROM storage_phone WHERE storage_id = 4").query(Long.class).single())
			.isEqualTo(74L);
		assertThat(jdbc
			.sql("SELECT COUNT(*) FROM information_schema.columns WHERE table_name = 'STORAGE'"
					+ " AND column_name IN ('LOCKER_ID', 'STATE')")
			.query(Long.class)
			.single()).as("the locker and the stage are the locker's now").isZero();
	}

	@Test
	void abandonsAtStartUpAStorageThatNoLockerHolds() {
		StorageId stranded;
		try (ConfigurableApplicationContext before = start()) {
			stranded = before.getBean(StorageTable.class)
				.insert(Storage.open(EmployeeId.of(8), Set.of(PhoneId.of(80)), 0,
						before.getBean(MutableClock.class).instant()))
				.id();
		}

		try (ConfigurableApplicationContext after = start()) {
			StorageView storage = after.getBean(Storages.class).get(stranded);
			assertThat(storage.end()).isEqualTo(StorageEnd.ABANDONED);
			assertThat(after.getBean(Recoveries.class).events).singleElement().satisfies((event) -> {
				assertThat(event.storageId()).isEqualTo(stranded);
				assertThat(event.before()).isEqualTo("STORING");
				assertThat(event.after()).isEqualTo("ABANDONED");
				assertThat(event.lockerId()).isNull();
				// a reason code for the log, its words in the bundle
				assertThat(event.explanation()).isEqualTo("stopped-before-unlock");
				assertThat(ResourceBundle.getBundle("messages.locker", Locale.ROOT)
					.getString("storage-recovery." + event.explanation())).contains("nothing was unlocked");
			});
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(LockerOnly.class).web(WebApplicationType.NONE)
			.run("--spring.datasource.url=jdbc:h2:file:" + this.directory.resolve("db") + ";WRITE_DELAY=0",
					"--cloakroom.locker.gpio-provider=mock",
					"--cloakroom.locker.wiring-file=../firmware-config/lockers/demo.yaml",
					"--cloakroom.scheduling.enabled=false", "--spring.modulith.moments.enabled=false");
	}

	/** The locker module alone, without the test classes beside it. */
	@SpringBootConfiguration
	@EnableAutoConfiguration
	@ConfigurationPropertiesScan(basePackageClasses = Lockers.class)
	@ComponentScan(basePackageClasses = Lockers.class,
			excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*(Test|IT)(\\$.*)?"))
	static class LockerOnly {

		@Bean
		MutableClock clock() {
			return MutableClock.startingAt("2026-03-02T08:00:00Z");
		}

		@Bean
		Recoveries recoveries() {
			return new Recoveries();
		}

	}

	static class Recoveries {

		final List<StorageRecovered> events = new CopyOnWriteArrayList<>();

		@EventListener
		void on(StorageRecovered event) {
			this.events.add(event);
		}

	}

}
