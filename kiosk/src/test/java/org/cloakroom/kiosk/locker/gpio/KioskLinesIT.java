package org.cloakroom.kiosk.locker.gpio;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import org.cloakroom.kiosk.locker.Occupancy;
import org.cloakroom.kiosk.locker.board.Boards;
import org.cloakroom.kiosk.wiring.BankWiring;
import org.cloakroom.kiosk.wiring.WiringReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Occupancy, pulse-mode locks and the kiosk's own lines against Pi4J's mock provider;
 * pulse ends run when the test says so.
 */
class KioskLinesIT {

	private static final Path WIRING = Path.of("src/test/resources/wiring/kiosk-io.yaml");

	private static final Path LOCKERS_ONLY = Path.of("src/test/resources/locker/small-bank.yaml");

	private final ManualPulseTimer timer = new ManualPulseTimer();

	private final List<Context> contexts = new ArrayList<>();

	private final Pi4jLockerIo io = open(WIRING);

	private final MockDoors doors = new MockDoors(this.io);

	@AfterEach
	void shutDown() {
		this.contexts.forEach(Context::shutdown);
	}

	@Test
	void feedsOccupancyChangesToTheListener() {
		this.doors.setOccupied(1, false);
		List<String> seen = new ArrayList<>();
		this.io.onOccupancyChange((lockerId, occupancy) -> seen.add(lockerId + " " + occupancy));

		this.doors.setOccupied(1, true);
		assertThat(this.io.occupancy(1)).isEqualTo(Occupancy.FULL);
		this.doors.setOccupied(1, false);

		assertThat(seen).containsExactly("1 FULL", "1 EMPTY");
		assertThat(this.io.occupancy(1)).isEqualTo(Occupancy.EMPTY);
	}

	@Test
	void answersNoOccupancyForALockerWithoutASensor() {
		assertThat(this.io.occupancy(2)).isEqualTo(Occupancy.UNKNOWN);
	}

	@Test
	void feedsEnclosureChangesToTheListener() {
		List<Boolean> seen = new ArrayList<>();
		this.io.onEnclosureChange(seen::add);

		this.doors.setEnclosureOpen(true);
		assertThat(this.io.isEnclosureOpen()).contains(true);
		this.doors.setEnclosureOpen(false);

		assertThat(seen).containsExactly(true, false);
		assertThat(this.io.isEnclosureOpen()).contains(false);
	}

	@Test
	void readsTheFireAlarmAtItsActiveLevelAndFeedsItsChangesToTheListener() {
		List<Boolean> seen = new ArrayList<>();
		this.io.onFireAlarmChange(seen::add);
		assertThat(this.io.isFireAlarmActive()).as("the mock line starts low: clear").contains(false);

		this.doors.setFireAlarm(true);
		assertThat(this.io.isFireAlarmActive()).contains(true);
		assertThat(this.contexts.get(0).io("fire-alarm", com.pi4j.io.gpio.digital.DigitalInput.class).state())
			.as("active: high")
			.isEqualTo(DigitalState.HIGH);
		this.doors.setFireAlarm(false);

		assertThat(seen).containsExactly(true, false);
		assertThat(this.io.isFireAlarmActive()).contains(false);
	}

	@Test
	void holdsTheAreaDoorReleasedUntilToldOffAndATestPulseEndsLocked() {
		assertThat(this.io.holdAreaDoorReleased(true)).isTrue();
		assertThat(this.timer.pending()).as("held: no pulse end to come").isEmpty();
		assertThat(this.doors.isAreaDoorHeldReleased()).isTrue();
		assertThat(output("area-door-release").state()).isEqualTo(DigitalState.HIGH);
		this.io.holdAreaDoorReleased(false);
		assertThat(this.doors.isAreaDoorHeldReleased()).isFalse();

		this.io.testPulse(1, Duration.ofSeconds(1));
		assertThat(this.doors.isUnlocked(1)).isTrue();
		assertThat(this.timer.pending()).containsExactly(Duration.ofSeconds(1));
		this.timer.elapse();
		assertThat(this.doors.isUnlocked(1)).isFalse();
		this.io.testPulse(2, Duration.ofSeconds(1));
		assertThat(this.timer.pending()).as("a pulse-mode lock gets its wired pulse")
			.containsExactly(Duration.ofMillis(500));
	}

	@Test
	void pulsesTheAreaDoorReleaseForItsWiredTime() {
		assertThat(output("area-door-release").state()).isEqualTo(DigitalState.LOW);

		assertThat(this.io.releaseAreaDoor()).isTrue();

		assertThat(output("area-door-release").state()).isEqualTo(DigitalState.HIGH);
		assertThat(this.doors.areaDoorReleases()).isEqualTo(1);
		assertThat(this.timer.pending()).containsExactly(Duration.ofMillis(3000));
		this.timer.elapse();
		assertThat(output("area-door-release").state()).isEqualTo(DigitalState.LOW);
	}

	@Test
	void aSecondReleaseRestartsThePulseAndAStaleEndDoesNotCutItShort() {
		this.io.releaseAreaDoor();
		this.io.releaseAreaDoor();

		assertThat(this.doors.areaDoorReleases()).isEqualTo(2);
		assertThat(this.timer.pending()).hasSize(1);
		this.timer.elapse();
		assertThat(output("area-door-release").state()).isEqualTo(DigitalState.LOW);
	}

	@Test
	void pulsesAPulseModeLockAndThenLocksItAgain() {
		assertThat(output("locker-2-lock").state()).as("active-low, locked").isEqualTo(DigitalState.HIGH);

		this.io.unlock(2);

		assertThat(this.doors.isUnlocked(2)).isTrue();
		assertThat(output("locker-2-lock").state()).isEqualTo(DigitalState.LOW);
		assertThat(this.timer.pending()).containsExactly(Duration.ofMillis(500));
		this.timer.elapse();
		assertThat(this.doors.isUnlocked(2)).isFalse();
	}

	@Test
	void lockingEndsAPulseAtOnceAndCancelsItsEnd() {
		this.io.unlock(2);

		this.io.lock(2);

		assertThat(this.doors.isUnlocked(2)).isFalse();
		assertThat(this.timer.pending()).isEmpty();
	}

	@Test
	void holdModeLockSchedulesNoEnd() {
		this.io.unlock(1);

		assertThat(this.doors.isUnlocked(1)).isTrue();
		assertThat(this.timer.pending()).isEmpty();
	}

	@Test
	void switchesTheBuzzerAndTheStatusLight() {
		assertThat(this.io.buzzer(true)).isTrue();
		assertThat(this.doors.isBuzzerOn()).isTrue();
		assertThat(output("buzzer").state()).isEqualTo(DigitalState.HIGH);
		assertThat(this.io.statusLight(true)).isTrue();
		assertThat(output("status-led").state()).as("active-low LED on").isEqualTo(DigitalState.LOW);

		this.io.buzzer(false);
		this.io.statusLight(false);

		assertThat(this.doors.isBuzzerOn()).isFalse();
		assertThat(output("status-led").state()).isEqualTo(DigitalState.HIGH);
	}

	@Test
	void answersFalseOrEmptyForKioskLinesThatAreNotWired() {
		Pi4jLockerIo lockersOnly = open(LOCKERS_ONLY);
		MockDoors hands = new MockDoors(lockersOnly);

		assertThat(lockersOnly.releaseAreaDoor()).isFalse();
		assertThat(lockersOnly.buzzer(true)).isFalse();
		assertThat(lockersOnly.statusLight(true)).isFalse();
		assertThat(lockersOnly.isEnclosureOpen()).isEqualTo(Optional.empty());
		assertThat(lockersOnly.isFireAlarmActive()).isEqualTo(Optional.empty());
		assertThat(lockersOnly.holdAreaDoorReleased(true)).isFalse();
		assertThatIllegalStateException().isThrownBy(() -> hands.setFireAlarm(true))
			.withMessage("The wiring has no fire-alarm input");
		assertThat(hands.areaDoorReleases()).isZero();
		assertThat(hands.isBuzzerOn()).isFalse();
		assertThatIllegalStateException().isThrownBy(() -> hands.setEnclosureOpen(true))
			.withMessage("The wiring has no enclosure tamper input");
	}

	@Test
	void turnsEveryKioskOutputOffWhenTheContextShutsDown() {
		this.io.releaseAreaDoor();
		this.io.buzzer(true);
		this.io.statusLight(true);
		DigitalOutput release = output("area-door-release");
		DigitalOutput buzzer = output("buzzer");
		DigitalOutput led = output("status-led");

		this.contexts.get(0).shutdown();

		assertThat(release.state()).isEqualTo(DigitalState.LOW);
		assertThat(buzzer.state()).isEqualTo(DigitalState.LOW);
		assertThat(led.state()).isEqualTo(DigitalState.HIGH);
	}

	private Pi4jLockerIo open(Path file) {
		BankWiring wiring = WiringReader.read(file);
		Context context = Pi4jContexts.open(GpioProvider.MOCK);
		this.contexts.add(context);
		return new Pi4jLockerIo(context, GpioProvider.MOCK, wiring, file, this.timer, Boards.open(wiring));
	}

	private DigitalOutput output(String id) {
		return this.contexts.get(0).io(id, DigitalOutput.class);
	}

}
