package org.cloakroom.kiosk.locker.wiring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules that span lockers: each locker id, each BCM line and each position in the
 * bank is used once.
 */
final class WiringRules {

	private final Map<Object, FieldPath> firstUse = new HashMap<>();

	private final SourceLines lines;

	private WiringRules(SourceLines lines) {
		this.lines = lines;
	}

	/**
	 * @throws Violation for the first value that is used twice
	 */
	static void check(BankWiring wiring, SourceLines lines) {
		WiringRules rules = new WiringRules(lines);
		List<LockerWiring> lockers = wiring.lockers();
		for (int i = 0; i < lockers.size(); i++) {
			rules.check(lockers.get(i), FieldPath.of("lockers", i));
		}
	}

	private void check(LockerWiring locker, FieldPath at) {
		once("locker id " + locker.id(), at.then("id"));
		once("position row " + locker.row() + " column " + locker.column(), at.then("column"));
		once("BCM line " + locker.lock().line(), at.then("lock").then("line"));
		once("BCM line " + locker.door().line(), at.then("door").then("line"));
		locker.occupancySensor()
			.ifPresent((occupancy) -> once("BCM line " + occupancy.line(), at.then("occupancy").then("line")));
	}

	private void once(String what, FieldPath field) {
		FieldPath first = this.firstUse.putIfAbsent(what, field);
		if (first != null) {
			String where = this.lines.lineOf(first)
				.stream()
				.mapToObj((line) -> " on line " + line)
				.findFirst()
				.orElse("");
			throw new Violation(field, what + " is used twice: first by " + first + where);
		}
	}

	/** A rule broken at {@code field}. */
	static final class Violation extends RuntimeException {

		private final FieldPath field;

		Violation(FieldPath field, String message) {
			super(message);
			this.field = field;
		}

		FieldPath field() {
			return this.field;
		}

	}

}
