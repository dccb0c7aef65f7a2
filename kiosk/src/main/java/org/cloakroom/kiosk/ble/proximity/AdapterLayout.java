package org.cloakroom.kiosk.ble.proximity;

import java.util.HashMap;
import java.util.Map;

import org.cloakroom.kiosk.ble.BleProperties.Placement;

/**
 * The placed adapters, numbered: each device keeps one RSSI window per number. The door
 * side (DOOR and LOCKERS adapters) and the inside are each heard as the strongest of
 * their adapters, so a phone at the lockers counts as at the door.
 */
final class AdapterLayout {

	static final int UNPLACED = -1;

	private final Map<String, Integer> numbers = new HashMap<>();

	private final boolean[] doorSide;

	private final String[] names;

	AdapterLayout(Map<String, Placement> placements) {
		this.doorSide = new boolean[placements.size()];
		this.names = new String[placements.size()];
		placements.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach((placed) -> add(placed.getKey(), placed.getValue()));
	}

	private void add(String adapter, Placement placement) {
		if (adapter == null || adapter.isBlank() || placement == null) {
			throw new IllegalArgumentException("Adapter '" + adapter + "' needs a name and a placement, got "
					+ placement + " (cloakroom.ble.adapters)");
		}
		int number = this.numbers.size();
		this.numbers.put(adapter, number);
		this.doorSide[number] = placement.doorSide();
		this.names[number] = adapter;
	}

	/** The adapter's number, or {@link #UNPLACED}. */
	int numberOf(String adapter) {
		Integer number = this.numbers.get(adapter);
		return (number != null) ? number : UNPLACED;
	}

	String nameOf(int number) {
		return this.names[number];
	}

	int size() {
		return this.doorSide.length;
	}

	boolean doorSide(int number) {
		return this.doorSide[number];
	}

}
