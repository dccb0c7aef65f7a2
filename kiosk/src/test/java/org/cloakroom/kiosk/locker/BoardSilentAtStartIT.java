package org.cloakroom.kiosk.locker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.locker.board.BoardWiringFiles;
import org.cloakroom.kiosk.locker.board.KrCu16Emulator;
import org.cloakroom.kiosk.locker.board.SocatPair;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Four lockers on a KR-CU16 that does not answer when the kiosk starts (its emulator on a
 * socat pty pair, standing in for the RS-485 bus and its USB adapter): the kiosk starts,
 * the lockers are in FAULT as silent (not as doors that read open), and once the board
 * answers an officer can clear them.
 */
@ApplicationModuleTest(extraIncludes = "wiring")
@DirtiesContext // its boards stop polling before the next class runs
@TestPropertySource(properties = { "cloakroom.locker.gpio-provider=mock", "cloakroom.scheduling.enabled=false",
		"spring.modulith.moments.enabled=false", "spring.datasource.url=jdbc:h2:mem:${random.uuid};DB_CLOSE_DELAY=-1" })
class BoardSilentAtStartIT {

	private static final List<LockerId> ON_BANK_A = IntStream.rangeClosed(1, 4).mapToObj(LockerId::of).toList();

	static Path dir;

	static SocatPair bus;

	static KrCu16Emulator board;

	@Autowired
	Lockers lockers;

	@Autowired
	ExpanderSilentAtStartIT.StartupEvents events;

	@Autowired
	LockerDoors lockerDoors;

	@DynamicPropertySource
	static void bank(DynamicPropertyRegistry registry) throws IOException {
		dir = Files.createTempDirectory("rs485-bus");
		bus = SocatPair.start(dir);
		board = new KrCu16Emulator(bus.board(), 0);
		board.silent(true);
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
	void startsWithTheSilentBoardsLockersInFaultUntilItAnswersAndAnOfficerClearsThem() {
		assertThat(ON_BANK_A).allSatisfy((id) -> {
			assertThat(this.lockers.get(id).state()).isEqualTo(LockerState.FAULT);
			assertThat(this.lockers.get(id).fault()).isEqualTo(LockerFault.CONTROLLER_SILENT);
		});
		assertThat(this.events.events).filteredOn(LockerControllerSilent.class::isInstance)
			.singleElement()
			.satisfies((event) -> {
				LockerControllerSilent silent = (LockerControllerSilent) event;
				assertThat(silent.controller()).isEqualTo("bank-a");
				assertThat(silent.kind()).isEqualTo("board");
				assertThat(silent.lockerIds()).isEqualTo(List.of(1, 2, 3, 4));
				assertThat(silent.reason()).isEqualTo("board bank-a (kr-cu16 at address 0 on " + bus.kiosk()
						+ ") gave no valid reply to read door states after 3 tries: no reply");
			});
		assertThat(this.events.events).noneMatch(LockerSensorsDisagreedAtStartup.class::isInstance)
			.noneMatch(LockerForced.class::isInstance);

		this.lockerDoors.watchDoors(Instant.parse("2026-03-02T10:00:00Z"));
		assertThat(this.events.events).as("doors nobody could read were not recorded open")
			.noneMatch(LockerDoorHeldOpen.class::isInstance);

		board.door(3, false); // found open when the board first answers
		board.silent(false);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.events.events.stream().anyMatch(LockerDoorOpened.class::isInstance));

		assertThat(this.events.events).as("the board answers, then what it reads: door 3 open, no made-up closings")
			.filteredOn((event) -> event instanceof LockerControllerAnswering || event instanceof LockerDoorOpened
					|| event instanceof LockerDoorClosed)
			.extracting(BoardSilentAtStartIT::told)
			.containsExactly("bank-a answering [1, 2, 3, 4]", "door 3 opened in FAULT");
		assertThat(this.events.events).noneMatch(LockerForced.class::isInstance);
		assertThat(ON_BANK_A).as("still in FAULT until an officer clears each")
			.allSatisfy((id) -> assertThat(this.lockers.get(id).state()).isEqualTo(LockerState.FAULT));
		assertThat(this.lockers.get(LockerId.of(3)).doorOpen()).isTrue();
		LockerView cleared = this.lockers.clearFault(LockerId.of(2), "Olga", "bank-a's power restored, door checked");
		assertThat(cleared.state()).isEqualTo(LockerState.FREE);
		assertThat(cleared.doorOpen()).isFalse();
	}

	private static String told(Object event) {
		if (event instanceof LockerControllerAnswering answering) {
			return answering.controller() + " answering " + answering.lockerIds();
		}
		if (event instanceof LockerDoorOpened opened) {
			return "door " + opened.lockerId().value() + " opened in " + opened.state();
		}
		return "door " + ((LockerDoorClosed) event).lockerId().value() + " closed";
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Bank {

		@Bean
		ExpanderSilentAtStartIT.StartupEvents startupEvents() {
			return new ExpanderSilentAtStartIT.StartupEvents();
		}

		@Bean
		@Primary
		MutableClock testClock() {
			return MutableClock.startingAt("2026-03-02T08:00:00Z");
		}

	}

}
