package org.cloakroom.kiosk.wiring;

import java.util.Optional;

/**
 * The kiosk's own inputs, each optional. {@code enclosureTamper}'s {@code active} is the
 * level read while the enclosure is shut (its tamper switch pressed), so a cut wire reads
 * as opened. {@code fireAlarm}'s {@code active} is the level read while the fire alarm
 * sounds: wire the panel's normally-closed contact to ground with a pull-up and
 * {@code active: high}, so a cut wire reads as an alarm and releases the lockers rather
 * than holding them shut.
 */
public record KioskInputs(@Omissible SensorInput enclosureTamper, @Omissible SensorInput fireAlarm) {

	public static final KioskInputs NONE = new KioskInputs(null, null);

	public Optional<SensorInput> tamper() {
		return Optional.ofNullable(this.enclosureTamper);
	}

	public Optional<SensorInput> fireAlarmInput() {
		return Optional.ofNullable(this.fireAlarm);
	}

}
