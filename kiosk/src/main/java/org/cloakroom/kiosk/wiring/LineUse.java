package org.cloakroom.kiosk.wiring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One line as the file uses it: on the header or on an expander, as an output or an
 * input, at which field. Locker-board channels are not lines.
 */
record LineUse(Optional<String> expander, int line, boolean output, Optional<Pull> pull, FieldPath at) {

	/**
	 * The fields whose value is itself a line number, rather than a record with a line.
	 */
	private static final Set<Object> OWN_FIELDS = Set.of("interrupt-line", "d0", "d1");

	/** Every line the bank uses: outputs, inputs, lockers, then badge readers. */
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
		for (int i = 0; i < wiring.expanders().size(); i++) {
			FieldPath at = FieldPath.of("expanders", i, "interrupt-line");
			wiring.expanders()
				.get(i)
				.interrupt()
				.ifPresent((line) -> uses.add(new LineUse(Optional.empty(), line, false, Optional.of(Pull.UP), at)));
		}
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
		for (int i = 0; i < wiring.readers().size(); i++) {
			BadgeReaderWiring reader = wiring.readers().get(i);
			FieldPath at = FieldPath.of("readers", i);
			wire(reader.d0(), at.then("d0")).ifPresent(uses::add);
			wire(reader.d1(), at.then("d1")).ifPresent(uses::add);
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

	/**
	 * A Wiegand reader's data wire: an input on a header line, its number at {@code at}.
	 */
	private static Optional<LineUse> wire(Integer line, FieldPath at) {
		return Optional.ofNullable(line)
			.map((number) -> new LineUse(Optional.empty(), number, false, Optional.empty(), at));
	}

	/**
	 * The field that names the line: {@code line} under {@code at}, or {@code at} itself
	 * where the line is a field of its own (an expander's {@code interrupt-line}, a
	 * Wiegand reader's {@code d0} and {@code d1}).
	 */
	FieldPath lineField() {
		Object last = this.at.steps().get(this.at.steps().size() - 1);
		return OWN_FIELDS.contains(last) ? this.at : this.at.then("line");
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
