package org.cloakroom.kiosk.wiring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The locker boards' rules that span the file: each board name and each address on a port
 * once, one baud rate per port (one bus), every channel on a declared board that has it
 * and used once as a lock and once as a door, a lock mode the board can drive, and only
 * lockers' locks and doors on boards.
 */
final class BoardRules {

	private final Map<String, FieldPath> firstUse = new HashMap<>();

	private final Map<String, LockerBoard> busOf = new HashMap<>();

	private final List<RecordBinder.Problem> problems = new ArrayList<>();

	private final BankWiring wiring;

	private final SourceLines lines;

	private BoardRules(BankWiring wiring, SourceLines lines) {
		this.wiring = wiring;
		this.lines = lines;
	}

	static List<RecordBinder.Problem> check(BankWiring wiring, SourceLines lines) {
		BoardRules rules = new BoardRules(wiring, lines);
		for (int i = 0; i < wiring.boards().size(); i++) {
			rules.checkBoard(wiring.boards().get(i), FieldPath.of("boards", i));
		}
		for (int i = 0; i < wiring.lockers().size(); i++) {
			LockerWiring locker = wiring.lockers().get(i);
			FieldPath at = FieldPath.of("lockers", i);
			locker.lock().onBoard().ifPresent((channel) -> rules.checkLock(locker.lock(), channel, at.then("lock")));
			locker.door().onBoard().ifPresent((channel) -> rules.checkChannel(channel, "door", at.then("door")));
		}
		wiring.inputs()
			.tamper()
			.flatMap(SensorInput::onBoard)
			.ifPresent((channel) -> rules.notKioskInput("enclosure-tamper"));
		wiring.inputs()
			.fireAlarmInput()
			.flatMap(SensorInput::onBoard)
			.ifPresent((channel) -> rules.notKioskInput("fire-alarm"));
		return rules.problems;
	}

	private void checkBoard(LockerBoard board, FieldPath at) {
		once("board name " + board.name(), at.then("name"));
		once("address " + board.address() + " on port " + board.port(), at.then("address"));
		LockerBoard first = this.busOf.putIfAbsent(board.port(), board);
		if (first != null && !first.baud().equals(board.baud())) {
			problem(at.then("baud"), "port " + board.port() + " is one RS-485 bus and runs at one speed, but board "
					+ first.name() + " on it runs at " + first.baud() + " baud and this one at " + board.baud());
		}
		else if (first != null && first.type() != board.type()) {
			problem(at.then("type"),
					"port " + board.port() + " carries board " + first.name() + ", a " + first.type().wiringName()
							+ ", and boards of one protocol only; put this " + board.type().wiringName()
							+ " on a port of its own");
		}
	}

	private void checkLock(LockOutput lock, BoardChannel channel, FieldPath at) {
		Optional<LockerBoard> board = checkChannel(channel, "lock", at);
		if (board.isEmpty()) {
			return;
		}
		LockerBoardType type = board.get().type();
		if (lock.mode() == LockMode.HOLD && !type.canHold()) {
			problem(at.then("mode"),
					"board " + channel.board() + " is a " + type.wiringName()
							+ ", which opens a lock with a pulse it times itself and cannot hold it open; "
							+ "leave mode out or write mode: pulse");
		}
		else if (lock.pulseMs() != null && !type.canHold()) {
			problem(at.then("pulse-ms"), "board " + channel.board() + " is a " + type.wiringName()
					+ ", which times its own unlock pulse (set on the board); remove pulse-ms");
		}
		else if (lock.mode() == LockMode.PULSE && lock.pulseMs() == null && type.canHold()) {
			problem(at.then("pulse-ms"), "is missing: board " + channel.board() + " is a " + type.wiringName()
					+ ", whose coils the kiosk times, so a pulse-mode lock on it needs pulse-ms");
		}
	}

	private Optional<LockerBoard> checkChannel(BoardChannel channel, String role, FieldPath at) {
		Optional<LockerBoard> board = this.wiring.lockerBoard(channel.board());
		if (board.isEmpty()) {
			List<String> declared = this.wiring.boards().stream().map(LockerBoard::name).toList();
			problem(at.then("board"), "board '" + channel.board() + "' is not declared under boards ("
					+ (declared.isEmpty() ? "none is" : "declared: " + String.join(", ", declared)) + ")");
			return Optional.empty();
		}
		LockerBoardType type = board.get().type();
		if (channel.channel() > type.channels()) {
			problem(at.then("channel"), "channel " + channel.channel() + " is not on board " + channel.board() + ", a "
					+ type.wiringName() + " with channels 1 to " + type.channels());
			return Optional.empty();
		}
		once(role + " " + channel, at.then("channel"));
		return board;
	}

	private void notKioskInput(String name) {
		problem(FieldPath.of("inputs", name, "board"),
				"only a locker's lock and door can be on a locker board; wire the " + name + " input to a line");
	}

	private void once(String what, FieldPath field) {
		FieldPath first = this.firstUse.putIfAbsent(what, field);
		if (first != null) {
			problem(field, what + " is used twice: first by " + first
					+ this.lines.lineOf(first).stream().mapToObj((line) -> " on line " + line).findFirst().orElse(""));
		}
	}

	private void problem(FieldPath field, String message) {
		this.problems.add(new RecordBinder.Problem(field, message));
	}

}
