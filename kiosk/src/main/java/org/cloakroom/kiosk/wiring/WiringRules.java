package org.cloakroom.kiosk.wiring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The rules that span the file: each locker id, label and position once, each badge
 * reader's name once and its fields those of its type; each line once, never both input
 * and output, on the board's header or on a declared expander that has it; locker boards'
 * rules are {@link BoardRules}'. Every broken rule is reported.
 */
final class WiringRules {

	private final Map<Object, FieldPath> firstUse = new HashMap<>();

	private final Map<Object, LineUse> firstLine = new HashMap<>();

	private final List<RecordBinder.Problem> problems = new ArrayList<>();

	private final SourceLines lines;

	private final BankWiring wiring;

	private WiringRules(BankWiring wiring, SourceLines lines) {
		this.wiring = wiring;
		this.lines = lines;
	}

	static List<RecordBinder.Problem> check(BankWiring wiring, SourceLines lines) {
		WiringRules rules = new WiringRules(wiring, lines);
		rules.checkExpanders();
		for (int i = 0; i < wiring.readers().size(); i++) {
			rules.checkReader(wiring.readers().get(i), FieldPath.of("readers", i));
		}
		List<RecordBinder.Problem> boardProblems = BoardRules.check(wiring, lines);
		List<LockerWiring> lockers = wiring.lockers();
		for (int i = 0; i < lockers.size(); i++) {
			rules.checkLocker(lockers.get(i), FieldPath.of("lockers", i));
		}
		rules.problems.addAll(boardProblems);
		LineUse.of(wiring).forEach(rules::checkLine);
		return rules.problems;
	}

	private void checkExpanders() {
		for (int i = 0; i < this.wiring.expanders().size(); i++) {
			Expander expander = this.wiring.expanders().get(i);
			FieldPath at = FieldPath.of("expanders", i);
			once("expander name " + expander.name(), at.then("name"));
			once(String.format("I2C address 0x%02x on %s", expander.i2cAddress(), expander.busDevice()),
					at.then("i2c-address"));
		}
	}

	private void checkReader(BadgeReaderWiring reader, FieldPath at) {
		once("badge reader name '" + reader.name() + "'", at.then("name"));
		BadgeReaderFieldRules.check(reader, at).forEach(this.problems::add);
	}

	private void checkLocker(LockerWiring locker, FieldPath at) {
		once("locker id " + locker.id(), at.then("id"));
		once("label '" + locker.label() + "'", at.then("label"));
		once("position row " + locker.row() + " column " + locker.column(), at.then("column"));
	}

	private void checkLine(LineUse use) {
		boolean present = use.expander().map((name) -> onExpander(use, name)).orElseGet(() -> onHeader(use));
		if (!present) {
			return;
		}
		LineUse first = this.firstLine.putIfAbsent(use.expander().orElse("") + "#" + use.line(), use);
		if (first == null) {
			return;
		}
		String firstAt = first.lineField() + where(first.lineField());
		if (first.output() == use.output()) {
			problem(use.lineField(), use.name() + " is used twice: first by " + firstAt);
		}
		else {
			problem(use.lineField(),
					use.name() + " is both " + first.direction() + " (" + firstAt + ") and " + use.direction());
		}
	}

	private boolean onHeader(LineUse use) {
		Board board = this.wiring.board();
		int line = use.line();
		String boardName = board.name().toLowerCase(Locale.ROOT);
		if (line < Board.FIRST_USABLE_LINE) {
			return problem(use.lineField(), "BCM line " + line + " is reserved for the HAT EEPROM (ID_SD/ID_SC) "
					+ "on the " + boardName + "; use BCM 2 to 27");
		}
		if (!board.hasUsableLine(line)) {
			return problem(use.lineField(), "BCM line " + line + " is not on the " + boardName
					+ "'s header, which has BCM 0 to 27 (0 and 1 reserved); use BCM 2 to 27");
		}
		if (!this.wiring.expanders().isEmpty() && (line == 2 || line == 3)) {
			return problem(use.lineField(), "BCM line " + line + " is the I2C bus (" + ((line == 2) ? "SDA" : "SCL")
					+ ") that the expanders are on; use BCM 4 to 27");
		}
		return true;
	}

	private boolean onExpander(LineUse use, String name) {
		Optional<Expander> expander = this.wiring.expander(name);
		if (expander.isEmpty()) {
			List<String> declared = this.wiring.expanders().stream().map(Expander::name).toList();
			return problem(use.at().then("expander"), "expander '" + name + "' is not declared under expanders ("
					+ (declared.isEmpty() ? "none is" : "declared: " + String.join(", ", declared)) + ")");
		}
		ExpanderType type = expander.get().type();
		String typeName = type.name().toLowerCase(Locale.ROOT);
		if (use.line() >= type.lines()) {
			return problem(use.lineField(), "line " + use.line() + " is not on expander " + name + ", a " + typeName
					+ " with lines 0 to " + (type.lines() - 1));
		}
		use.pull()
			.filter((pull) -> !type.supports(pull))
			.ifPresent((pull) -> problem(use.at().then("pull"), "expander " + name + " (" + typeName + ") has no pull-"
					+ pull.name().toLowerCase(Locale.ROOT) + "; use pull: up, or off with a resistor on the board"));
		return true;
	}

	private void once(String what, FieldPath field) {
		FieldPath first = this.firstUse.putIfAbsent(what, field);
		if (first != null) {
			problem(field, what + " is used twice: first by " + first + where(first));
		}
	}

	private String where(FieldPath field) {
		return this.lines.lineOf(field).stream().mapToObj((line) -> " on line " + line).findFirst().orElse("");
	}

	private boolean problem(FieldPath field, String message) {
		this.problems.add(new RecordBinder.Problem(field, message));
		return false;
	}

}
