package org.cloakroom.kiosk.locker;

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

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

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
		Arbitrary<Integer> locker = Arbitraries.frequency(Tuple.of(6, 0), Tuple.of(1, 1), Tuple.of(1, 2),
				Tuple.of(1, 3), Tuple.of(1, 4));
		Arbitrary<Step> step = Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.just(new Reserve())),
				Tuple.of(6, locker.map(OpenDoor::new)), Tuple.of(6, locker.map(CloseDoor::new)),
				Tuple.of(2,
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
	static void closeStorage() {
		if (storage != null) {
			storage.close();
			storage = null;
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
