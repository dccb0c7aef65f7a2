package org.cloakroom.kiosk.locker.board;

import org.cloakroom.kiosk.locker.SimulatedDoors;

/**
 * Moves doors on a test's board bench and reads them back through the kiosk's own
 * polling, so that the same door callbacks fire as with a real board: after each move the
 * board is polled at once, and the move has been told when this returns. Locker n is
 * channel n of board bank-a; the bank has no kiosk I/O.
 */
public final class BoardDoors implements SimulatedDoors {

	private final Boards boards;

	private final BoardBench bench;

	public BoardDoors(Boards boards, BoardBench bench) {
		this.boards = boards;
		this.bench = bench;
	}

	@Override
	public void openDoor(int lockerId) {
		this.bench.door(lockerId, false);
		this.boards.pollNow("bank-a");
	}

	@Override
	public void closeDoor(int lockerId) {
		this.bench.door(lockerId, true);
		this.boards.pollNow("bank-a");
	}

	@Override
	public boolean isUnlocked(int lockerId) {
		return this.bench.unlocked(lockerId);
	}

	@Override
	public void setOccupied(int lockerId, boolean occupied) {
		throw new IllegalArgumentException("Locker " + lockerId + " has no occupancy sensor");
	}

	@Override
	public void setEnclosureOpen(boolean open) {
		throw new IllegalStateException("The wiring has no enclosure tamper input");
	}

	@Override
	public void setFireAlarm(boolean active) {
		throw new IllegalStateException("The wiring has no fire-alarm input");
	}

	@Override
	public boolean isAreaDoorHeldReleased() {
		return false;
	}

	@Override
	public int areaDoorReleases() {
		return 0;
	}

	@Override
	public boolean isBuzzerOn() {
		return false;
	}

}
