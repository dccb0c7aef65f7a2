package org.cloakroom.kiosk.locker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;
import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.locker.LockerSteps.AdminOpen;
import org.cloakroom.kiosk.locker.LockerSteps.CheckOut;
import org.cloakroom.kiosk.locker.LockerSteps.ClearFault;
import org.cloakroom.kiosk.locker.LockerSteps.CloseDoor;
import org.cloakroom.kiosk.locker.LockerSteps.InService;
import org.cloakroom.kiosk.locker.LockerSteps.OpenDoor;
import org.cloakroom.kiosk.locker.LockerSteps.OutOfService;
import org.cloakroom.kiosk.locker.LockerSteps.PowerCut;
import org.cloakroom.kiosk.locker.LockerSteps.Reserve;
import org.cloakroom.kiosk.locker.LockerSteps.Step;
import org.cloakroom.kiosk.locker.LockerSteps.Tray;
import org.cloakroom.kiosk.locker.LockerSteps.Wait;
import org.cloakroom.kiosk.locker.board.BoardDoors;
import org.cloakroom.kiosk.locker.board.BoardWiringFiles;
import org.cloakroom.kiosk.locker.board.Boards;
import org.cloakroom.kiosk.locker.board.ModbusBench;
import org.cloakroom.kiosk.locker.board.SocatPair;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random sequences of deposits, door and tray changes, check-outs, timeouts, admin
 * actions and power cuts never leave a STORED locker unlocked without a check-out or an
 * admin open, never put two sessions in one locker, and never leave a session whose
 * locker forgot it. The database outlives each power cut; the locker module and its Pi4J
 * mock context are built afresh and reconcile at start-up, as on a real restart.
 */
class LockerInvariantsIT {

	private static ConfigurableApplicationContext storage;

	private static ConfigurableApplicationContext boardStorage;

	private static Path busDir;

	private static SocatPair bus;

	private static ModbusBench bench;

	@Property(tries = 40)
	void lockersAndSessionsStayConsistent(@ForAll("steps") List<Step> steps) {
		try (LockerWorld world = new LockerWorld(storage())) {
			world.checkInvariants("start");
			for (Step step : steps) {
				step.run(world);
				world.checkInvariants(step.toString());
			}
			new PowerCut(Set.of()).run(world);
			world.checkInvariants("final restart");
			Statistics.label("forced while STORED").collect(world.faults().contains("forced STORED"));
			Statistics.label("sessions").collect(Math.min(world.sessions(), 5));
		}
	}

	/**
	 * The same on a bank whose locks and doors are channels of a Modbus-RTU locker board
	 * on RS-485 (locks held by coils, doors read as discrete inputs by polling), played
	 * by j2mod's serial slave on a socat pseudo-terminal pair; the kiosk reaches it
	 * through jSerialComm, and a lock is unlocked while the board's coil is on.
	 */
	@Property(tries = 15)
	void lockersAndSessionsStayConsistentOnAnRs485Board(@ForAll("boardSteps") List<Step> steps) {
		boardBench().reset();
		try (LockerWorld world = new LockerWorld(boardStorage(), BoardKiosk.class)) {
			world.checkInvariants("start");
			for (Step step : steps) {
				step.run(world);
				world.checkInvariants(step.toString());
			}
			new PowerCut(Set.of()).run(world);
			world.checkInvariants("final restart");
		}
	}

	@Example
	void aReservedBoardLockerHasItsCoilOnUntilItsDoorClosesAgain() {
		boardBench().reset();
		try (LockerWorld world = new LockerWorld(boardStorage(), BoardKiosk.class)) {
			world.reserve();
			int locker = world.target(0);
			assertThat(boardBench().unlocked(locker)).as("coil of locker %s after the reservation", locker).isTrue();
			world.doors().openDoor(locker);
			world.doors().closeDoor(locker);
			assertThat(world.lockers().get(LockerId.of(locker)).state()).isEqualTo(LockerState.STORED);
			assertThat(boardBench().unlocked(locker)).as("coil of locker %s once stored", locker).isFalse();
		}
	}

	@Example
	void aForcedDoorKeepsItsSessionThroughAPowerCut() {
		try (LockerWorld world = new LockerWorld(storage())) {
			for (Step step : List.of(new Reserve(), new OpenDoor(1), new CloseDoor(1), new OpenDoor(1),
					new PowerCut(Set.of(1)))) {
				step.run(world);
				world.checkInvariants(step.toString());
			}
			assertThat(world.lockers().get(LockerId.of(1)).state()).isEqualTo(LockerState.FAULT);
			assertThat(world.lockers().get(LockerId.of(1)).storageId()).isEqualTo(StorageId.of(1));
		}
	}

	@Provide
	Arbitrary<List<Step>> steps() {
		return steps(true);
	}

	/** Without tray steps: the board's lockers have no occupancy sensor. */
	@Provide
	Arbitrary<List<Step>> boardSteps() {
		return steps(false);
	}

	private Arbitrary<List<Step>> steps(boolean trays) {
		Arbitrary<Integer> locker = Arbitraries.frequency(Tuple.of(6, 0), Tuple.of(1, 1), Tuple.of(1, 2),
				Tuple.of(1, 3), Tuple.of(1, 4));
		Arbitrary<Step> step = Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.just(new Reserve())),
				Tuple.of(6, locker.map(OpenDoor::new)), Tuple.of(6, locker.map(CloseDoor::new)),
				Tuple.of(trays ? 2 : 0,
						Combinators.combine(Arbitraries.integers().between(1, 2), Arbitraries.of(true, false))
							.as(Tray::new)),
				Tuple.of(3, locker.map(CheckOut::new)),
				Tuple.of(3, Arbitraries.integers().between(1, 90).map(Wait::new)),
				Tuple.of(1, locker.map(AdminOpen::new)), Tuple.of(3, locker.map(ClearFault::new)),
				Tuple.of(1, locker.map(OutOfService::new)), Tuple.of(1, locker.map(InService::new)),
				Tuple.of(1, locker.set().ofMaxSize(2).map(PowerCut::new)));
		return step.list().ofMinSize(15).ofMaxSize(30).withSizeDistribution(RandomDistribution.uniform());
	}

	@AfterContainer
	static void closeStorage() throws IOException {
		if (storage != null) {
			storage.close();
			storage = null;
		}
		if (boardStorage != null) {
			boardStorage.close();
			boardStorage = null;
			bench.close();
			bus.close();
			FileSystemUtils.deleteRecursively(busDir);
		}
	}

	private static synchronized ModbusBench boardBench() {
		if (bench == null) {
			try {
				busDir = Files.createTempDirectory("rs485-bus");
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			bus = SocatPair.start(busDir);
			bench = new ModbusBench(bus.board());
		}
		return bench;
	}

	private static synchronized ConfigurableApplicationContext boardStorage() {
		if (boardStorage == null) {
			Path wiring = BoardWiringFiles.modbusHold(busDir, bus.kiosk(), 8);
			boardStorage = new SpringApplicationBuilder(Storage.class).web(WebApplicationType.NONE)
				.run("--spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
						"--cloakroom.locker.gpio-provider=mock", "--cloakroom.locker.wiring-file=" + wiring,
						"--cloakroom.scheduling.enabled=false", "--spring.modulith.moments.enabled=false",
						"--logging.level.com.pi4j=OFF", "--logging.level.org.cloakroom=OFF",
						"--logging.level.com.ghgande=OFF");
		}
		return boardStorage;
	}

	/** Doors moved on the board's stand-in and read back through the kiosk's polling. */
	@Configuration(proxyBeanMethods = false)
	static class BoardKiosk {

		@Bean
		@Primary
		SimulatedDoors boardDoors(Boards lockerBoards) {
			return new BoardDoors(lockerBoards, bench);
		}

	}

	private static synchronized ConfigurableApplicationContext storage() {
		if (storage == null) {
			storage = new SpringApplicationBuilder(Storage.class).web(WebApplicationType.NONE)
				.run("--spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
						"--cloakroom.locker.gpio-provider=mock",
						"--cloakroom.locker.wiring-file=../firmware-config/lockers/demo.yaml",
						"--cloakroom.scheduling.enabled=false", "--spring.modulith.moments.enabled=false",
						"--logging.level.com.pi4j=OFF", "--logging.level.org.cloakroom=OFF");
		}
		return storage;
	}

	/**
	 * What survives a power cut: the database (with the locker repository), the clock and
	 * the sessions' model. The locker module itself lives in a child context per power
	 * cycle.
	 */
	@SpringBootConfiguration
	@EnableAutoConfiguration
	@EnableConfigurationProperties(LockerProperties.class)
	static class Storage {

		@Bean
		MutableClock clock() {
			return MutableClock.startingAt("2026-03-02T08:00:00Z");
		}

		@Bean
		SessionModel sessionModel() {
			return new SessionModel();
		}

	}

}
