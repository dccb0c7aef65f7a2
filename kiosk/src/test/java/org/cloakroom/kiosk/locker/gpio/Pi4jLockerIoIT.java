package org.cloakroom.kiosk.locker.gpio;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import org.cloakroom.kiosk.NotFoundException;
import org.cloakroom.kiosk.locker.board.Boards;
import org.cloakroom.kiosk.wiring.BankWiring;
import org.cloakroom.kiosk.wiring.WiringReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The Pi4J side against Pi4J's own mock provider, with a small bank. */
class Pi4jLockerIoIT {

	private static final Path WIRING = Path.of("src/test/resources/locker/small-bank.yaml");

	private final BankWiring wiring = WiringReader.read(WIRING);

	private final Context context = Pi4jContexts.open(GpioProvider.MOCK);

	private final Pi4jLockerIo io = new Pi4jLockerIo(this.context, GpioProvider.MOCK, this.wiring, WIRING,
			new ManualPulseTimer(), Boards.open(this.wiring));

	private final MockDoors doors = new MockDoors(this.io);

	@AfterEach
	void shutDown() {
		if (!this.context.isShutdown()) {
			this.context.shutdown();
		}
	}

	@Test
	void mockInputsFireTheirListenersWhenTheirStateIsDriven() {
		List<DigitalState> seen = new ArrayList<>();
		MockDigitalInput door = this.context.io("locker-2-door", MockDigitalInput.class);
		door.addListener((event) -> seen.add(event.state()));

		door.mockState(DigitalState.HIGH);
		door.mockState(DigitalState.LOW);

		assertThat(seen).containsExactly(DigitalState.HIGH, DigitalState.LOW);
	}

	@Test
	void feedsDoorChangesToTheListenerAsOpenAndClosed() {
		List<String> seen = new ArrayList<>();
		this.io.onDoorChange((lockerId, open) -> seen.add(lockerId + (open ? " open" : " closed")));

		this.doors.openDoor(2);
		assertThat(this.io.isDoorOpen(2)).isTrue();
		this.doors.closeDoor(2);

		assertThat(seen).containsExactly("2 open", "2 closed");
		assertThat(this.io.isDoorOpen(2)).isFalse();
	}

	@Test
	void readsAnActiveLowDoorSwitchAsClosedWhenTheLineIsLow() {
		MockDigitalInput door = this.context.io("locker-1-door", MockDigitalInput.class);

		door.mockState(DigitalState.LOW);
		assertThat(this.io.isDoorOpen(1)).isFalse();
		door.mockState(DigitalState.HIGH);
		assertThat(this.io.isDoorOpen(1)).isTrue();
	}

	@Test
	void startsEveryLockLockedWhateverItsActiveLevel() {
		assertThat(lock(1).state()).isEqualTo(DigitalState.LOW);
		assertThat(lock(3).state()).as("active-low lock").isEqualTo(DigitalState.HIGH);
		assertThat(this.doors.isUnlocked(1)).isFalse();
		assertThat(this.doors.isUnlocked(3)).isFalse();
	}

	@Test
	void holdsTheLockAtItsActiveLevelWhileUnlocked() {
		this.io.unlock(1);
		this.io.unlock(3);

		assertThat(lock(1).state()).isEqualTo(DigitalState.HIGH);
		assertThat(lock(3).state()).isEqualTo(DigitalState.LOW);
		assertThat(this.doors.isUnlocked(3)).isTrue();

		this.io.lock(3);
		assertThat(lock(3).state()).isEqualTo(DigitalState.HIGH);
	}

	@Test
	void locksEveryLockWhenTheContextShutsDown() {
		DigitalOutput activeHigh = lock(1);
		DigitalOutput activeLow = lock(3);
		this.io.unlock(1);
		this.io.unlock(3);

		this.context.shutdown();

		assertThat(activeHigh.state()).isEqualTo(DigitalState.LOW);
		assertThat(activeLow.state()).isEqualTo(DigitalState.HIGH);
	}

	@Test
	void drivesTheOccupancySensor() {
		this.doors.setOccupied(1, true);
		assertThat(this.context.io("locker-1-occupancy", MockDigitalInput.class).state()).isEqualTo(DigitalState.LOW);
		this.doors.setOccupied(1, false);
		assertThat(this.context.io("locker-1-occupancy", MockDigitalInput.class).state()).isEqualTo(DigitalState.HIGH);
	}

	@Test
	void answersNotFoundForALockerThatIsNotWired() {
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.io.unlock(4))
			.withMessage("Locker 4 does not exist");
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.io.isDoorOpen(4));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.doors.closeDoor(4));
	}

	@Test
	void translatesAPi4jRefusalNamingProviderLockerLineAndFile() {
		assertThatExceptionOfType(GpioException.class)
			.isThrownBy(() -> new Pi4jLockerIo(this.context, GpioProvider.MOCK, this.wiring, WIRING,
					new ManualPulseTimer(), Boards.open(this.wiring)))
			.withMessageStartingWith("GPIO provider mock cannot create the lock output of locker 1 on BCM line 16 "
					+ "(wiring file src/test/resources/locker/small-bank.yaml): ");
	}

	@Test
	void reportsHealthDownOnceTheContextIsShutDown() {
		GpioHealthIndicator health = new GpioHealthIndicator(this.context, GpioProvider.MOCK, WIRING, 3);
		assertThat(health.health().getStatus().getCode()).isEqualTo("UP");

		this.context.shutdown();

		assertThat(health.health().getStatus().getCode()).isEqualTo("DOWN");
	}

	private DigitalOutput lock(int lockerId) {
		return this.context.io("locker-" + lockerId + "-lock", DigitalOutput.class);
	}

}
