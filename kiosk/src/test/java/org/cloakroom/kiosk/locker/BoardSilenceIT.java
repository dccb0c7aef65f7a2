package org.cloakroom.kiosk.locker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.enrolment.PhoneId;
import org.cloakroom.kiosk.locker.board.BoardDoors;
import org.cloakroom.kiosk.locker.board.BoardWiringFiles;
import org.cloakroom.kiosk.locker.board.Boards;
import org.cloakroom.kiosk.locker.board.KrCu16Emulator;
import org.cloakroom.kiosk.locker.board.SocatPair;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.cloakroom.kiosk.locker.LockerWords.assertRefused;

/**
 * Four lockers on one KR-CU16 (its emulator on a socat pty pair, which stands in for the
 * RS-485 bus and its USB adapter; polled every 50 ms): a phone is stored, the board stops
 * answering and answers again, as the lockers, their events and the health component see
 * it, through the board's own polling.
 */
@ApplicationModuleTest(extraIncludes = "wiring")
@DirtiesContext // its boards stop polling before the next class runs
@TestPropertySource(properties = { "cloakroom.locker.gpio-provider=mock", "cloakroom.scheduling.enabled=false",
		"spring.modulith.moments.enabled=false", "spring.datasource.url=jdbc:h2:mem:${random.uuid};DB_CLOSE_DELAY=-1" })
class BoardSilenceIT {

	private static final Duration WAIT = Duration.ofSeconds(10);

	private static final List<LockerId> ON_BANK_A = IntStream.rangeClosed(1, 4).mapToObj(LockerId::of).toList();

	static Path dir;

	static SocatPair bus;

	static KrCu16Emulator board;

	@Autowired
	Lockers lockers;

	@Autowired
	Storages storages;

	@Autowired
	SimulatedDoors doors;

	@Autowired
	Boards boards;

	@Autowired
	@Qualifier("gpioHealthIndicator")
	HealthIndicator health;

	@DynamicPropertySource
	static void bank(DynamicPropertyRegistry registry) throws IOException {
		dir = Files.createTempDirectory("rs485-bus");
		bus = SocatPair.start(dir);
		board = new KrCu16Emulator(bus.board(), 0);
		Path wiring = BoardWiringFiles.krCu16(dir, bus.kiosk(), ON_BANK_A.size(), 0);
		registry.add("cloakroom.locker.wiring-file", wiring::toString);
	}

	@AfterAll
	static void stopBus() throws IOException {
		board.close();
		bus.close();
		FileSystemUtils.deleteRecursively(dir);
	}

	@Test
	void aSilentBoardFaultsItsLockersKeepingTheStorageUntilAnOfficerClearsEach(AssertablePublishedEvents events) {
		StorageView storage = this.storages.store(EmployeeId.of(7), Set.of(PhoneId.of(7)), 0);
		LockerId stored = storage.lockerId();
		this.doors.openDoor(stored.value());
		this.doors.closeDoor(stored.value());
		assertThat(this.lockers.get(stored).state()).isEqualTo(LockerState.STORED);
		assertThat(boardStates())
			.containsExactly(Map.entry("bank-a", "answering: kr-cu16 at address 0 on " + bus.kiosk()));
		List<Integer> opensBefore = opens();
		long doorsOpenedBefore = count(events, LockerDoorOpened.class);

		board.silent(true);
		await().atMost(WAIT)
			.until(() -> ON_BANK_A.stream().allMatch((id) -> this.lockers.get(id).state() == LockerState.FAULT));
		this.boards.pollNow("bank-a"); // polled again while silent: told once only
		this.boards.pollNow("bank-a");

		assertThat(ON_BANK_A)
			.allSatisfy((id) -> assertThat(this.lockers.get(id).fault()).isEqualTo(LockerFault.CONTROLLER_SILENT));
		assertThat(this.lockers.get(stored).storageId()).as("the storage kept").isEqualTo(storage.id());
		assertThat(events.ofType(LockerControllerSilent.class)).singleElement().satisfies((silent) -> {
			assertThat(silent.controller()).isEqualTo("bank-a");
			assertThat(silent.kind()).isEqualTo("board");
			assertThat(silent.lockerIds()).isEqualTo(List.of(1, 2, 3, 4));
			assertThat(silent.kioskLines()).isEmpty();
			assertThat(silent.reason()).isEqualTo("board bank-a (kr-cu16 at address 0 on " + bus.kiosk()
					+ ") gave no valid reply to read door states after 3 tries: no reply");
		});
		assertThat(events.ofType(LockerForced.class)).as("a silence forces no door").isEmpty();
		assertThat(count(events, LockerDoorOpened.class)).as("a silence opens no door").isEqualTo(doorsOpenedBefore);
		assertThat(events.ofType(EmergencyReleaseStarted.class)).isEmpty();
		assertThat(boardStates()).hasEntrySatisfying("bank-a",
				(state) -> assertThat(state).startsWith("silent: board bank-a (kr-cu16 at address 0 on "));
		assertThat(this.health.health().getDetails()).containsEntry("silentBoards", 1L);
		assertRefused(() -> this.lockers.clearFault(stored, "Olga", "looked"))
			.isEqualTo("Locker " + stored.value() + " cannot be cleared of a fault while the board bank-a its lock or "
					+ "door is on does not answer: check its cable and power first");

		board.silent(false);
		await().atMost(WAIT).until(() -> events.ofType(LockerControllerAnswering.class).iterator().hasNext());

		assertThat(events.ofType(LockerControllerAnswering.class)).singleElement().satisfies((answering) -> {
			assertThat(answering.controller()).isEqualTo("bank-a");
			assertThat(answering.kind()).isEqualTo("board");
			assertThat(answering.lockerIds()).isEqualTo(List.of(1, 2, 3, 4));
		});
		assertThat(ON_BANK_A).as("still in FAULT until an officer clears each")
			.allSatisfy((id) -> assertThat(this.lockers.get(id).state()).isEqualTo(LockerState.FAULT));
		assertThat(events.ofType(LockerForced.class)).isEmpty();
		assertThat(count(events, LockerDoorOpened.class)).isEqualTo(doorsOpenedBefore);
		assertThat(boardStates()).containsEntry("bank-a", "answering: kr-cu16 at address 0 on " + bus.kiosk());
		assertThat(this.health.health().getDetails()).containsEntry("silentBoards", 0L);

		LockerView cleared = this.lockers.clearFault(stored, "Olga", "bank-a's cable re-seated, door checked");
		assertThat(cleared.state()).isEqualTo(LockerState.STORED);
		assertThat(cleared.storageId()).isEqualTo(storage.id());
		assertThat(this.lockers.get(stored).state()).isEqualTo(LockerState.STORED);
		// checked after the clearing, which waits for the answering's lock drives to end
		assertThat(opens()).as("locks driven again as their lockers want: locked, no open command")
			.isEqualTo(opensBefore);
	}

	@SuppressWarnings("unchecked")
	private Map<String, String> boardStates() {
		return (Map<String, String>) this.health.health().getDetails().get("boards");
	}

	private static List<Integer> opens() {
		return ON_BANK_A.stream().map((id) -> board.opens(id.value())).toList();
	}

	private static long count(AssertablePublishedEvents events, Class<?> type) {
		return StreamSupport.stream(events.ofType(type).spliterator(), false).count();
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
