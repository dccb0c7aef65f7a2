package org.cloakroom.kiosk.locker.gpio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.enrolment.PhoneId;
import org.cloakroom.kiosk.locker.SimulatedDoors;
import org.cloakroom.kiosk.locker.StorageView;
import org.cloakroom.kiosk.locker.board.BoardDoors;
import org.cloakroom.kiosk.locker.board.BoardWiringFiles;
import org.cloakroom.kiosk.locker.board.Boards;
import org.cloakroom.kiosk.locker.board.KrCu16Emulator;
import org.cloakroom.kiosk.locker.board.SocatPair;
import org.cloakroom.kiosk.locker.Storages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every time an open command reaches the KR-CU16 (its emulator, on a socat pty standing
 * in for the RS-485 bus), reads the locker's row over a connection of its own, which sees
 * only committed data: the state must already be there.
 */
@ApplicationModuleTest(extraIncludes = "wiring")
@TestPropertySource(properties = { "cloakroom.locker.gpio-provider=mock", "cloakroom.scheduling.enabled=false",
		"spring.modulith.moments.enabled=false", "spring.datasource.url=jdbc:h2:mem:${random.uuid};DB_CLOSE_DELAY=-1" })
class LockerCommittedBeforeBoardIT {

	static Path dir;

	static SocatPair bus;

	static KrCu16Emulator board;

	@Autowired
	Storages storages;

	@Autowired
	SimulatedDoors doors;

	@Autowired
	DataSource dataSource;

	@DynamicPropertySource
	static void bank(DynamicPropertyRegistry registry) throws IOException {
		dir = Files.createTempDirectory("rs485-bus");
		bus = SocatPair.start(dir);
		board = new KrCu16Emulator(bus.board(), 0);
		Path wiring = BoardWiringFiles.krCu16(dir, bus.kiosk(), 12, 0);
		registry.add("cloakroom.locker.wiring-file", wiring::toString);
	}

	@AfterAll
	static void stopBus() throws IOException {
		board.close();
		bus.close();
		FileSystemUtils.deleteRecursively(dir);
	}

	@Test
	void commitsEveryTransitionBeforeTheBoardIsTold() {
		List<String> seen = new CopyOnWriteArrayList<>();
		board.onOpen((channel) -> seen.add("open " + channel + " with " + committedRow(channel)));

		StorageView storage = this.storages.store(EmployeeId.of(7), Set.of(PhoneId.of(7)), 0);
		int id = storage.lockerId().value();
		this.doors.openDoor(id);
		this.doors.closeDoor(id);
		this.storages.collect(storage.id());
		this.doors.openDoor(id);
		this.doors.closeDoor(id);

		assertThat(seen).containsExactly("open " + id + " with STORING door_opened=false",
				"open " + id + " with COLLECTING door_opened=false");
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
	static class Bank {

		@Bean
		@Primary
		MutableClock testClock() {
			return MutableClock.startingAt("2026-03-02T08:00:00Z");
		}

		@Bean
		@Primary
		SimulatedDoors boardDoors(Boards lockerBoards) {
			return new BoardDoors(lockerBoards, board);
		}

	}

}
