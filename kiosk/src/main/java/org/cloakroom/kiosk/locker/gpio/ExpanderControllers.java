package org.cloakroom.kiosk.locker.gpio;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.cloakroom.kiosk.wiring.BankWiring;
import org.cloakroom.kiosk.wiring.Expander;
import org.cloakroom.kiosk.wiring.LockerWiring;

/**
 * Each expander of the wiring as a {@link Controller}: the lockers with a lock or a
 * sensor on it and the kiosk's own lines on it.
 */
final class ExpanderControllers {

	static final String KIND = "expander";

	private ExpanderControllers() {
	}

	static Map<String, Controller> of(BankWiring wiring) {
		Map<String, Controller> controllers = new LinkedHashMap<>();
		for (Expander expander : wiring.expanders()) {
			String name = expander.name();
			Set<Integer> lockers = new TreeSet<>();
			for (LockerWiring locker : wiring.lockers()) {
				if (on(name, locker.lock().onExpander()) || on(name, locker.door().onExpander())
						|| locker.occupancySensor().filter((sensor) -> on(name, sensor.onExpander())).isPresent()) {
					lockers.add(locker.id());
				}
			}
			controllers.put(name, new Controller(name, KIND, lockers, kioskLines(wiring, name)));
		}
		return controllers;
	}

	private static List<String> kioskLines(BankWiring wiring, String name) {
		List<String> lines = new ArrayList<>();
		wiring.outputs()
			.areaDoor()
			.filter((out) -> on(name, out.onExpander()))
			.ifPresent((out) -> lines.add("area-door-release"));
		wiring.outputs()
			.buzzerOutput()
			.filter((out) -> on(name, out.onExpander()))
			.ifPresent((out) -> lines.add("buzzer"));
		wiring.outputs()
			.statusLight()
			.filter((out) -> on(name, out.onExpander()))
			.ifPresent((out) -> lines.add("status-led"));
		wiring.inputs()
			.tamper()
			.filter((in) -> on(name, in.onExpander()))
			.ifPresent((in) -> lines.add("enclosure-tamper"));
		wiring.inputs()
			.fireAlarmInput()
			.filter((in) -> on(name, in.onExpander()))
			.ifPresent((in) -> lines.add("fire-alarm"));
		return lines;
	}

	private static boolean on(String name, Optional<String> expander) {
		return expander.filter(name::equals).isPresent();
	}

}
