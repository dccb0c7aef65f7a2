package org.cloakroom.kiosk.locker.wiring;

import java.util.Optional;

/**
 * The kiosk's own inputs, each optional. {@code enclosureTamper}'s {@code active} is the
 * level read while the enclosure is shut (its tamper switch pressed), so a cut wire reads
 * as opened.
 */
public record KioskInputs(@Omissible SensorInput enclosureTamper) {

	public static final KioskInputs NONE = new KioskInputs(null);

	public Optional<SensorInput> tamper() {
		return Optional.ofNullable(this.enclosureTamper);
	}

}
