package org.cloakroom.kiosk.locker;

import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.NotFoundException;
import org.cloakroom.kiosk.locker.SessionModel.Session;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The property test's world: the storage that outlives power cuts, and the locker module
 * with its own Pi4J mock context, built again at every power cut.
 */
final class LockerWorld implements AutoCloseable {

	/** Doors left open while the power was off; read as the next kiosk starts. */
	static volatile Set<Integer> doorsOpenAtStart = Set.of();

	private final ConfigurableApplicationContext storage;

	private final SessionModel model;

	private final MutableClock clock;

	private ConfigurableApplicationContext kiosk;

	private long nextSession = 1;

	private int lastReserved = 1;

	private final Class<?>[] hardware;

	/**
	 * @param hardware configurations added to the locker module's, e.g. one whose
	 * SimulatedDoors moves doors on a locker board's stand-in
	 */
	LockerWorld(ConfigurableApplicationContext storage, Class<?>... hardware) {
		this.storage = storage;
		this.hardware = hardware;
		this.model = storage.getBean(SessionModel.class);
		this.clock = storage.getBean(MutableClock.class);
		storage.getBean(JdbcClient.class).sql("DELETE FROM locker").update();
		storage.getBean(JdbcClient.class).sql("DELETE FROM storage_phone").update();
		storage.getBean(JdbcClient.class).sql("DELETE FROM storage").update();
		this.model.reset();
		this.kiosk = start(Set.of());
	}

	Lockers lockers() {
		return this.kiosk.getBean(Lockers.class);
	}

	SimulatedDoors doors() {
		return this.kiosk.getBean(SimulatedDoors.class);
	}

	/** The locker a step names; 0 is the locker reserved last. */
	int target(int lockerId) {
		return (lockerId == 0) ? this.lastReserved : lockerId;
	}

	void reserve() {
		try {
			this.lastReserved = TestStorages.of(this.kiosk).reserveAny(this.nextSession++).id().value();
		}
		catch (NoFreeLockerException none) {
			// a full bank is a fine outcome
		}
	}

	void checkOut(int lockerId) {
		LockerView locker = lockers().get(LockerId.of(lockerId));
		if (locker.state() == LockerState.STORED) {
			admin(() -> TestStorages.of(this.kiosk).release(lockerId, locker.storageId().value()), true);
		}
	}

	List<String> faults() {
		return List.copyOf(this.model.faults);
	}

	int sessions() {
		return this.model.sessions.size();
	}

	void pass(Duration duration) {
		this.clock.advance(duration);
		this.kiosk.getBean(LockerDoors.class).expireDeadlines(this.clock.instant());
		this.kiosk.getBean(LockerDoors.class).watchDoors(this.clock.instant());
	}

	/**
	 * Runs an action that may be refused (409) for the state the locker is in; anything
	 * else thrown is a bug and fails the property.
	 */
	void admin(Runnable action, boolean mayRelease) {
		this.model.releaseAllowed = mayRelease;
		try {
			action.run();
		}
		catch (LockerRefusal | NotFoundException refused) {
			// refused for the locker's state: nothing changed
		}
		finally {
			this.model.releaseAllowed = false;
		}
	}

	void restart(Set<Integer> doorsOpen) {
		this.kiosk.close();
		this.clock.advance(Duration.ofSeconds(5));
		this.kiosk = start(doorsOpen);
	}

	void checkInvariants(String after) {
		assertThat(this.model.violations).as("session model after %s", after).isEmpty();
		Map<LockerId, StorageId> holders = new HashMap<>();
		for (Session session : this.model.sessions.values()) {
			if (session.active()) {
				assertThat(holders.put(session.lockerId(), session.id()))
					.as("two sessions in locker %s after %s", session.lockerId(), after)
					.isNull();
				assertThat(lockers().get(session.lockerId()).storageId())
					.as("locker %s forgot session %s after %s", session.lockerId(), session.id(), after)
					.isEqualTo(session.id());
			}
		}
		for (StorageView storage : this.kiosk.getBean(Storages.class).active()) {
			assertThat(storage.lockerId()).as("storage %s is in no locker after %s", storage.id(), after).isNotNull();
			Session session = this.model.sessions.get(storage.id());
			assertThat(session != null && session.active())
				.as("storage %s is active but its session ended after %s", storage.id(), after)
				.isTrue();
		}
		for (Session session : this.model.sessions.values()) {
			StorageView storage = this.kiosk.getBean(Storages.class).get(session.id());
			assertThat(storage.active())
				.as("session %s is %s but its storage ended %s after %s", session.id(), session.state(), storage.end(),
						after)
				.isEqualTo(session.active());
			if (!session.active()) {
				assertThat(storage.end())
					.as("storage %s ended as its session %s after %s", storage.id(), session.state(), after)
					.isEqualTo((session.state() == SessionModel.State.ENDED) ? StorageEnd.COLLECTED
							: StorageEnd.ABANDONED);
			}
		}
		for (LockerView locker : lockers().all()) {
			boolean unlocked = doors().isUnlocked(locker.id().value());
			if (locker.storageId() != null) {
				assertThat(holders.get(locker.id()))
					.as("locker %s holds an unknown or ended session after %s", locker.id(), after)
					.isEqualTo(locker.storageId());
			}
			if (unlocked) {
				assertThat(EnumSet.of(LockerState.STORING, LockerState.COLLECTING).contains(locker.state())
						|| locker.adminOpen())
					.as("locker %s is unlocked while %s after %s", locker.id(), locker.state(), after)
					.isTrue();
			}
			if (locker.state() == LockerState.STORED) {
				assertThat(unlocked).as("occupied locker %s unlocked after %s", locker.id(), after).isFalse();
			}
		}
	}

	@Override
	public void close() {
		this.kiosk.close();
	}

	private ConfigurableApplicationContext start(Set<Integer> doorsOpen) {
		doorsOpenAtStart = doorsOpen;
		AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
		context.setParent(this.storage);
		context.register(Kiosk.class);
		if (this.hardware.length > 0) {
			context.register(this.hardware);
		}
		context.refresh();
		return context;
	}

	/** The locker module, without the test classes beside it. */
	@Configuration(proxyBeanMethods = false)
	@ComponentScan(basePackageClasses = Lockers.class, excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
			pattern = ".*(Test|IT|LockerWorld)(\\$.*)?"))
	static class Kiosk {

		@Bean
		SmartLifecycle doorsLeftOpen(SimulatedDoors doors) {
			return new DoorsLeftOpen(doors);
		}

	}

	/** Opens the doors left open before the locker module starts reading them. */
	static final class DoorsLeftOpen implements SmartLifecycle {

		private final SimulatedDoors doors;

		private volatile boolean running;

		DoorsLeftOpen(SimulatedDoors doors) {
			this.doors = doors;
		}

		@Override
		public void start() {
			doorsOpenAtStart.forEach(this.doors::openDoor);
			this.running = true;
		}

		@Override
		public void stop() {
			this.running = false;
		}

		@Override
		public boolean isRunning() {
			return this.running;
		}

		@Override
		public int getPhase() {
			return -100;
		}

	}

}
