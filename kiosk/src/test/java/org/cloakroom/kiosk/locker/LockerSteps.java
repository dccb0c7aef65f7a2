package org.cloakroom.kiosk.locker;

import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The property test's commands, each run against a {@link LockerWorld}. A locker id of 0
 * means the locker reserved last, so that sequences follow a deposit often enough.
 */
final class LockerSteps {

	private LockerSteps() {
	}

	sealed interface Step permits Reserve, OpenDoor, CloseDoor, Tray, CheckOut, Wait, AdminOpen, ClearFault,
			OutOfService, InService, PowerCut {

		void run(LockerWorld world);

	}

	record Reserve() implements Step {

		@Override
		public void run(LockerWorld world) {
			world.reserve();
		}

	}

	record OpenDoor(int lockerId) implements Step {

		@Override
		public void run(LockerWorld world) {
			world.doors().openDoor(world.target(this.lockerId));
		}

	}

	record CloseDoor(int lockerId) implements Step {

		@Override
		public void run(LockerWorld world) {
			world.doors().closeDoor(world.target(this.lockerId));
		}

	}

	/** Lockers 1 and 2 of the demo bank have a tray switch. */
	record Tray(int lockerId, boolean occupied) implements Step {

		@Override
		public void run(LockerWorld world) {
			world.doors().setOccupied(this.lockerId, this.occupied);
		}

	}

	/** The owner of the phone in this locker checks out (if it holds one). */
	record CheckOut(int lockerId) implements Step {

		@Override
		public void run(LockerWorld world) {
			world.checkOut(world.target(this.lockerId));
		}

	}

	/** Time passes; the ticker's work runs as it would once a second. */
	record Wait(int seconds) implements Step {

		@Override
		public void run(LockerWorld world) {
			world.pass(Duration.ofSeconds(this.seconds));
		}

	}

	record AdminOpen(int lockerId) implements Step {

		@Override
		public void run(LockerWorld world) {
			world.admin(
					() -> world.lockers().openByAdmin(LockerId.of(world.target(this.lockerId)), "Eve", "property test"),
					true);
		}

	}

	record ClearFault(int lockerId) implements Step {

		@Override
		public void run(LockerWorld world) {
			world.admin(() -> world.lockers().clearFault(LockerId.of(world.target(this.lockerId)), "Olga", "inspected"),
					false);
		}

	}

	record OutOfService(int lockerId) implements Step {

		@Override
		public void run(LockerWorld world) {
			world.admin(
					() -> world.lockers().takeOutOfService(LockerId.of(world.target(this.lockerId)), "Eve", "repair"),
					false);
		}

	}

	record InService(int lockerId) implements Step {

		@Override
		public void run(LockerWorld world) {
			world.admin(
					() -> world.lockers().returnToService(LockerId.of(world.target(this.lockerId)), "Eve", "repaired"),
					false);
		}

	}

	/**
	 * The power goes and comes back: the locker module and a fresh mock context start
	 * over the same database; {@code doorsOpen} are doors that were left open meanwhile.
	 */
	record PowerCut(Set<Integer> doorsOpen) implements Step {

		@Override
		public void run(LockerWorld world) {
			world.restart(this.doorsOpen.stream().map(world::target).collect(Collectors.toSet()));
		}

	}

}
