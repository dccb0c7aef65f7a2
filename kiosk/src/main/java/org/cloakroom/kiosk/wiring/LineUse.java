package org.cloakroom.kiosk.wiring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One line as the file uses it: on the header or on an expander, as an output or an
 * input, at which field. Locker-board channels are not lines.
 */
record LineUse(Optional<String> expander, int line, boolean output, Optional<Pull> pull, FieldPath at) {

	/** Every line the bank uses, in file order. */
	static List<LineUse> of(BankWiring wiring) {
		List<LineUse> uses = new ArrayList<>();
		FieldPath outputs = FieldPath.of("outputs");
		wiring.outputs()
			.areaDoor()
			.ifPresent((out) -> uses.add(output(out.onExpander(), out.line(), outputs.then("area-door-release"))));
		wiring.outputs()
			.buzzerOutput()
			.ifPresent((out) -> uses.add(output(out.onExpander(), out.line(), outputs.then("buzzer"))));
		wiring.outputs()
			.statusLight()
			.ifPresent((out) -> uses.add(output(out.onExpander(), out.line(), outputs.then("status-led"))));
		wiring.inputs()
			.tamper()
			.filter(LineUse::onLine)
			.ifPresent((in) -> uses.add(input(in, FieldPath.of("inputs", "enclosure-tamper"))));
		wiring.inputs()
			.fireAlarmInput()
			.filter(LineUse::onLine)
			.ifPresent((in) -> uses.add(input(in, FieldPath.of("inputs", "fire-alarm"))));
		for (int i = 0; i < wiring.lockers().size(); i++) {
			LockerWiring locker = wiring.lockers().get(i);
			FieldPath at = FieldPath.of("lockers", i);
			if (locker.lock().onBoard().isEmpty()) {
				uses.add(output(locker.lock().onExpander(), locker.lock().line(), at.then("lock")));
			}
			if (onLine(locker.door())) {
				uses.add(input(locker.door(), at.then("door")));
			}
			locker.occupancySensor().ifPresent((sensor) -> uses.add(input(sensor, at.then("occupancy"))));
		}
		return uses;
	}

	/** Board channels are checked by {@link WiringRules} on their own. */
	private static boolean onLine(SensorInput sensor) {
		return sensor.onBoard().isEmpty();
	}

	private static LineUse output(Optional<String> expander, int line, FieldPath at) {
		return new LineUse(expander, line, true, Optional.empty(), at);
	}

	private static LineUse input(SensorInput sensor, FieldPath at) {
		return new LineUse(sensor.onExpander(), sensor.line(), false, Optional.of(sensor.pull()), at);
	}

	/** "BCM line 16" or "line 3 of expander doors-a". */
	String name() {
		return this.expander.map((name) -> "line " + this.line + " of expander " + name)
			.orElse("BCM line " + this.line);
	}

	String direction() {
		return this.output ? "an output" : "an input";
	}

}
