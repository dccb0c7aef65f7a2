package org.cloakroom.kiosk.locker;

/**
 * What each step of a {@link Locker} requires of its state, refused with a
 * {@link LockerRefusal} (code and arguments for {@code messages/locker.properties}) when
 * it is not met.
 */
final class LockerRules {

	private LockerRules() {
	}

	/** Unlocking for storing: FREE, and no admin has it open. */
	static void mayStore(LockerRow locker) {
		require(locker, LockerState.FREE, Step.STORE);
		notWhileAdminOpen(locker, Step.STORE);
	}

	/** Unlocking for collecting: STORED, holding that storage. */
	static void mayCollect(LockerRow locker, StorageId storage) {
		require(locker, LockerState.STORED, Step.COLLECT);
		if (!storage.equals(locker.storage())) {
			throw new LockerRefusal("locker-holds-other-storage", locker.id(), storage, locker.storage());
		}
	}

	/** An admin's open: not while unlocked already, nor in FAULT with phones inside. */
	static void mayOpenByAdmin(LockerRow locker) {
		LockerState state = locker.state();
		if (state == LockerState.STORING || state == LockerState.COLLECTING) {
			throw new LockerRefusal("locker-already-unlocked", locker.id(), state, locker.storage());
		}
		if (state == LockerState.FAULT && locker.storage() != null) {
			throw new LockerRefusal("locker-fault-holds-phone", locker.id(), locker.storage());
		}
	}

	/** Out of service: holding no storage, FREE or in FAULT, no admin has it open. */
	static void mayTakeOutOfService(LockerRow locker) {
		if (locker.storage() != null) {
			throw new LockerRefusal("locker-holds-phone", locker.id(), locker.state(), locker.storage());
		}
		if (locker.state() != LockerState.FAULT) {
			require(locker, LockerState.FREE, Step.TAKE_OUT_OF_SERVICE);
		}
		notWhileAdminOpen(locker, Step.TAKE_OUT_OF_SERVICE);
	}

	/** Back in service: OUT_OF_SERVICE, door shut, tray not full. */
	static void mayReturnToService(LockerRow locker, boolean doorOpen, Occupancy tray) {
		require(locker, LockerState.OUT_OF_SERVICE, Step.RETURN_TO_SERVICE);
		notWhileAdminOpen(locker, Step.RETURN_TO_SERVICE);
		notWhileDoorOpen(locker, doorOpen, Step.RETURN_TO_SERVICE);
		if (tray == Occupancy.FULL) {
			throw new LockerRefusal("locker-tray-full", locker.id());
		}
	}

	/** A test pulse: holding no storage and not unlocked. */
	static void mayTestPulse(LockerRow locker) {
		if (locker.storage() != null) {
			throw new LockerRefusal("locker-test-pulse-holds-phone", locker.id(), locker.state(), locker.storage());
		}
		if (locker.unlock() != null) {
			throw new LockerRefusal("locker-test-pulse-unlocked", locker.id(), locker.state(),
					locker.unlock().deadline());
		}
	}

	/** Clearing a fault: FAULT, door shut. */
	static void mayClearFault(LockerRow locker, boolean doorOpen) {
		require(locker, LockerState.FAULT, Step.CLEAR_FAULT);
		notWhileAdminOpen(locker, Step.CLEAR_FAULT);
		notWhileDoorOpen(locker, doorOpen, Step.CLEAR_FAULT);
	}

	private static void require(LockerRow locker, LockerState required, Step step) {
		if (locker.state() != required) {
			throw new LockerRefusal("locker-cannot-" + step.code, locker.id(), locker.state());
		}
	}

	private static void notWhileAdminOpen(LockerRow locker, Step step) {
		if (locker.isAdminOpen()) {
			throw new LockerRefusal("locker-admin-open-blocks-" + step.code, locker.id(), locker.unlock().deadline());
		}
	}

	private static void notWhileDoorOpen(LockerRow locker, boolean doorOpen, Step step) {
		if (doorOpen) {
			throw new LockerRefusal("locker-door-open-blocks-" + step.code, locker.id());
		}
	}

	/** The steps refused in the wrong state, as their codes name them. */
	private enum Step {

		STORE("store"), COLLECT("collect"), TAKE_OUT_OF_SERVICE("take-out-of-service"),
		RETURN_TO_SERVICE("return-to-service"), CLEAR_FAULT("clear-fault");

		private final String code;

		Step(String code) {
			this.code = code;
		}

	}

}
