package org.cloakroom.kiosk.wiring;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where a value sits in the wiring file: property names and list indexes, shown as
 * {@code lockers[2].door.line} and looked up as the JSON pointer
 * {@code /lockers/2/door/line}.
 */
record FieldPath(List<Object> steps) {

	FieldPath {
		steps = List.copyOf(steps);
	}

	static FieldPath of(Object... steps) {
		return new FieldPath(List.of(steps));
	}

	/** {@code /lockers/2/door} back into steps. */
	static FieldPath ofPointer(String pointer) {
		List<Object> steps = new ArrayList<>();
		for (String step : pointer.split("/")) {
			if (!step.isEmpty()) {
				steps.add(step.chars().allMatch(Character::isDigit) ? (Object) Integer.valueOf(step) : step);
			}
		}
		return new FieldPath(steps);
	}

	FieldPath then(Object step) {
		List<Object> longer = new ArrayList<>(this.steps);
		longer.add(step);
		return new FieldPath(longer);
	}

	FieldPath parent() {
		return this.steps.isEmpty() ? this : new FieldPath(this.steps.subList(0, this.steps.size() - 1));
	}

	String pointer() {
		return this.steps.stream().map((step) -> "/" + step).collect(Collectors.joining());
	}

	/** Beyond this many steps a path is shortened: it is never a real wiring field. */
	private static final int SHOWN_STEPS = 12;

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder();
		for (Object step : this.steps.subList(0, Math.min(SHOWN_STEPS, this.steps.size()))) {
			if (step instanceof Integer index) {
				text.append('[').append(index).append(']');
			}
			else {
				text.append(text.isEmpty() ? "" : ".").append(step);
			}
		}
		if (this.steps.size() > SHOWN_STEPS) {
			text.append("… (").append(this.steps.size()).append(" levels deep)");
		}
		return text.isEmpty() ? "(document)" : text.toString();
	}

}
