package org.cloakroom.kiosk.locker.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.cloakroom.kiosk.wiring.BankWiring;
import org.cloakroom.kiosk.wiring.LockMode;
import org.cloakroom.kiosk.wiring.LockerWiring;

/**
 * What {@code gpio check} prints for a valid file; {@code boardChannels} counts the locks
 * and door sensors on each locker board.
 */
record WiringSummary(String file, boolean valid, String bank, String board, int lockers, int pulseModeLocks,
		int occupancySensors, List<Integer> headerLines, Map<String, Integer> expanderLines,
		Map<String, String> kioskIo, Map<String, Integer> boardChannels, List<String> warnings) {

	static WiringSummary of(String file, BankWiring wiring, List<String> warnings) {
		List<Integer> header = new ArrayList<>();
		Map<String, Integer> expanders = new LinkedHashMap<>();
		wiring.expanders().forEach((expander) -> expanders.put(expander.name(), 0));
		Map<String, Integer> boards = new LinkedHashMap<>();
		wiring.boards().forEach((board) -> boards.put(board.name(), 0));
		for (LockerWiring locker : wiring.lockers()) {
			locker.lock()
				.onBoard()
				.ifPresentOrElse((channel) -> boards.merge(channel.board(), 1, Integer::sum),
						() -> count(locker.lock().onExpander(), locker.lock().line(), header, expanders));
			locker.door()
				.onBoard()
				.ifPresentOrElse((channel) -> boards.merge(channel.board(), 1, Integer::sum),
						() -> count(locker.door().onExpander(), locker.door().line(), header, expanders));
			locker.occupancySensor()
				.ifPresent((sensor) -> count(sensor.onExpander(), sensor.line(), header, expanders));
		}
		Map<String, String> kiosk = new LinkedHashMap<>();
		wiring.outputs().areaDoor().ifPresent((out) -> {
			count(out.onExpander(), out.line(), header, expanders);
			kiosk.put("area-door-release", where(out.onExpander(), out.line()) + ", pulse " + out.pulseMs() + " ms");
		});
		wiring.outputs().buzzerOutput().ifPresent((out) -> {
			count(out.onExpander(), out.line(), header, expanders);
			kiosk.put("buzzer", where(out.onExpander(), out.line()));
		});
		wiring.outputs().statusLight().ifPresent((out) -> {
			count(out.onExpander(), out.line(), header, expanders);
			kiosk.put("status-led", where(out.onExpander(), out.line()));
		});
		wiring.inputs().tamper().ifPresent((in) -> {
			count(in.onExpander(), in.line(), header, expanders);
			kiosk.put("enclosure-tamper", where(in.onExpander(), in.line()));
		});
		wiring.inputs().fireAlarmInput().ifPresent((in) -> {
			count(in.onExpander(), in.line(), header, expanders);
			kiosk.put("fire-alarm", where(in.onExpander(), in.line()));
		});
		if (!wiring.expanders().isEmpty()) {
			header.add(2);
			header.add(3);
		}
		return new WiringSummary(file, true, wiring.bank(), wiring.board().name().toLowerCase(Locale.ROOT),
				wiring.lockers().size(),
				(int) wiring.lockers().stream().filter((locker) -> locker.lock().mode() == LockMode.PULSE).count(),
				(int) wiring.lockers().stream().filter((locker) -> locker.occupancy() != null).count(),
				header.stream().sorted().toList(), expanders, kiosk, boards, warnings);
	}

	private static void count(Optional<String> expander, int line, List<Integer> header,
			Map<String, Integer> expanders) {
		expander.ifPresentOrElse((name) -> expanders.merge(name, 1, Integer::sum), () -> header.add(line));
	}

	private static String where(Optional<String> expander, int line) {
		return expander.map((name) -> "line " + line + " of expander " + name).orElse("BCM " + line);
	}

}
