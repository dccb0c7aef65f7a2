package org.cloakroom.kiosk.wiring;

import java.util.Optional;

/** The kiosk's own outputs, each optional: what is not wired is absent. */
public record KioskOutputs(@Omissible PulsedOutput areaDoorRelease, @Omissible SwitchedOutput buzzer,
		@Omissible SwitchedOutput statusLed) {

	public static final KioskOutputs NONE = new KioskOutputs(null, null, null);

	public Optional<PulsedOutput> areaDoor() {
		return Optional.ofNullable(this.areaDoorRelease);
	}

	public Optional<SwitchedOutput> buzzerOutput() {
		return Optional.ofNullable(this.buzzer);
	}

	public Optional<SwitchedOutput> statusLight() {
		return Optional.ofNullable(this.statusLed);
	}

}
