package org.cloakroom.kiosk.wiring;

import static org.cloakroom.kiosk.wiring.InvalidWiringValue.present;
import static org.cloakroom.kiosk.wiring.InvalidWiringValue.text;

/**
 * An I/O expander on the Pi's I2C bus (BCM 2 = SDA, BCM 3 = SCL), named so that lines can
 * refer to it. Used where a bank needs more lines than the header has.
 */
public record Expander(String name, ExpanderType type, int i2cAddress) {

	public Expander {
		text("name", name);
		present("type", type);
		if (!type.hasAddress(i2cAddress)) {
			throw new InvalidWiringValue("i2c-address", "must be from " + type.addressRange() + " for a "
					+ type.name().toLowerCase(java.util.Locale.ROOT) + ", was " + String.format("0x%02x", i2cAddress));
		}
	}

}
