package org.cloakroom.kiosk.web.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cloakroom.kiosk.locker.LockerView;
import org.cloakroom.kiosk.locker.Occupancy;

/**
 * The bank as it stands, for drawing: its rows of cells, one per position from row 1,
 * column 1 to the largest the wiring file uses; a position no locker sits at is empty.
 */
public record LockerBank(List<List<Cell>> rows, int columns) {

	/** One position: its locker (null when none is wired there) and its tray. */
	public record Cell(LockerView locker, Occupancy tray) {

		public boolean empty() {
			return this.locker == null;
		}

	}

	static LockerBank of(List<LockerView> lockers, Function<LockerView, Occupancy> tray) {
		int columns = lockers.stream().mapToInt(LockerView::column).max().orElse(0);
		int rows = lockers.stream().mapToInt(LockerView::row).max().orElse(0);
		Map<String, LockerView> byPlace = lockers.stream()
			.collect(Collectors.toMap((locker) -> locker.row() + ":" + locker.column(), Function.identity()));
		List<List<Cell>> drawn = new ArrayList<>();
		for (int row = 1; row <= rows; row++) {
			List<Cell> cells = new ArrayList<>();
			for (int column = 1; column <= columns; column++) {
				LockerView locker = byPlace.get(row + ":" + column);
				cells.add(new Cell(locker, (locker != null) ? tray.apply(locker) : null));
			}
			drawn.add(cells);
		}
		return new LockerBank(drawn, columns);
	}

}
