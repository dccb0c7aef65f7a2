package org.cloakroom.kiosk.locker.gpio;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.cloakroom.kiosk.locker.wiring.BankWiring;
import org.cloakroom.kiosk.locker.wiring.PulsedOutput;

/** The kiosk's own lines, each present only when wired. */
final class KioskLines {

	private final Optional<PulsedOutput> areaDoorWiring;

	private final Optional<OutputLine> areaDoor;

	private final Optional<OutputLine> buzzer;

	private final Optional<OutputLine> statusLed;

	private final Optional<SensorLine> tamper;

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
	}

	boolean releaseAreaDoor() {
		if (this.areaDoor.isEmpty()) {
			return false;
		}
		this.areaDoor.get().pulse(this.areaDoorWiring.get().pulse());
		this.areaDoorReleases.incrementAndGet();
		return true;
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

}
