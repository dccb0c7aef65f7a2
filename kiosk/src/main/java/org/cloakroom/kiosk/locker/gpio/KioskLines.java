package org.cloakroom.kiosk.locker.gpio;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.cloakroom.kiosk.wiring.BankWiring;
import org.cloakroom.kiosk.wiring.PulsedOutput;

/** The kiosk's own lines, each present only when wired. */
final class KioskLines {

	private final Optional<PulsedOutput> areaDoorWiring;

	private final Optional<OutputLine> areaDoor;

	private final Optional<OutputLine> buzzer;

	private final Optional<OutputLine> statusLed;

	private final Optional<SensorLine> tamper;

	private final Optional<SensorLine> fireAlarm;

	private final AtomicInteger areaDoorReleases = new AtomicInteger();

	KioskLines(BankWiring wiring, LineFactory lines) {
		this.areaDoorWiring = wiring.outputs().areaDoor();
		this.areaDoor = this.areaDoorWiring.map((out) -> lines.output("area-door-release", "area-door release output",
				out.line(), out.onExpander(), out.active()));
		this.buzzer = wiring.outputs()
			.buzzerOutput()
			.map((out) -> lines.output("buzzer", "buzzer output", out.line(), out.onExpander(), out.active()));
		this.statusLed = wiring.outputs()
			.statusLight()
			.map((out) -> lines.output("status-led", "status LED output", out.line(), out.onExpander(), out.active()));
		this.tamper = wiring.inputs()
			.tamper()
			.map((in) -> lines.input("enclosure-tamper", "enclosure tamper input", in));
		this.fireAlarm = wiring.inputs()
			.fireAlarmInput()
			.map((in) -> lines.input("fire-alarm", "fire-alarm input", in));
	}

	boolean releaseAreaDoor() {
		if (this.areaDoor.isEmpty()) {
			return false;
		}
		this.areaDoor.get().pulse(this.areaDoorWiring.get().pulse());
		this.areaDoorReleases.incrementAndGet();
		return true;
	}

	/**
	 * Holds the area-door release output on (an emergency release) or turns it off; false
	 * when none is wired.
	 */
	boolean holdAreaDoorReleased(boolean released) {
		this.areaDoor.ifPresent((line) -> line.set(released));
		return this.areaDoor.isPresent();
	}

	boolean isAreaDoorReleased() {
		return this.areaDoor.map(OutputLine::isOn).orElse(false);
	}

	int areaDoorReleases() {
		return this.areaDoorReleases.get();
	}

	Optional<OutputLine> buzzer() {
		return this.buzzer;
	}

	Optional<OutputLine> statusLed() {
		return this.statusLed;
	}

	Optional<SensorLine> tamper() {
		return this.tamper;
	}

	Optional<SensorLine> fireAlarm() {
		return this.fireAlarm;
	}

}
