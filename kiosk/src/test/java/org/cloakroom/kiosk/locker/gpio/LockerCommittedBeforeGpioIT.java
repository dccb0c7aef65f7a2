package org.cloakroom.kiosk.locker.gpio;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.enrolment.PhoneId;
import org.cloakroom.kiosk.locker.StorageView;
import org.cloakroom.kiosk.locker.Storages;
import org.cloakroom.kiosk.locker.SimulatedDoors;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every time a lock output changes level, reads the locker's row over a connection of its
 * own, which sees only committed data: the state must already be there.
 */
@ApplicationModuleTest(extraIncludes = "wiring")
@TestPropertySource(properties = { "cloakroom.locker.gpio-provider=mock",
		"cloakroom.locker.wiring-file=../firmware-config/lockers/demo.yaml", "cloakroom.scheduling.enabled=false",
		"spring.modulith.moments.enabled=false", "spring.datasource.url=jdbc:h2:mem:${random.uuid};DB_CLOSE_DELAY=-1" })
class LockerCommittedBeforeGpioIT {

	@Autowired
	Storages storages;

	@Autowired
	SimulatedDoors doors;

	@Autowired
	Context lockerGpioContext;

	@Autowired
	DataSource dataSource;

	@Test
	void commitsEveryTransitionBeforeTheLockIsDriven() {
		List<String> seen = new CopyOnWriteArrayList<>();
		for (int id = 1; id <= 12; id++) {
			int lockerId = id;
			this.lockerGpioContext.io("locker-" + id + "-lock", DigitalOutput.class)
				.addListener((event) -> seen.add(event.state() + " with " + committedRow(lockerId)
						+ (TransactionSynchronizationManager.isActualTransactionActive() ? " inside a transaction"
								: "")));
		}

		StorageView storage = this.storages.store(EmployeeId.of(7), Set.of(PhoneId.of(7)), 0);
		int id = storage.lockerId().value();
		this.doors.openDoor(id);
		this.doors.closeDoor(id);
		this.storages.collect(storage.id());
		this.doors.openDoor(id);
		this.doors.closeDoor(id);

		assertThat(seen).containsExactly("HIGH with STORING door_opened=false", "LOW with STORING door_opened=true",
				"HIGH with COLLECTING door_opened=false", "LOW with COLLECTING door_opened=true");
	}

	private String committedRow(int lockerId) {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement query = connection
					.prepareStatement("SELECT state, door_opened FROM locker WHERE id = " + lockerId);
				ResultSet row = query.executeQuery()) {
			row.next();
			return row.getString(1) + " door_opened=" + row.getBoolean(2);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Clocks {

		@Bean
		@Primary
		MutableClock testClock() {
			return MutableClock.startingAt("2026-03-02T08:00:00Z");
		}

	}

}
