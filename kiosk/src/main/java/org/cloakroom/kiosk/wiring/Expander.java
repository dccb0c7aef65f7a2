package org.cloakroom.kiosk.wiring;

import static org.cloakroom.kiosk.wiring.InvalidWiringValue.present;
import static org.cloakroom.kiosk.wiring.InvalidWiringValue.text;

import java.util.Locale;
import java.util.Optional;

/**
 * An I/O expander on one of the Pi's I2C buses ({@code i2c-bus}, default 1:
 * {@code /dev/i2c-1} on BCM 2 = SDA, BCM 3 = SCL), named so that lines can refer to it.
 * Used where a bank needs more lines than the header has. Its inputs are read every
 * {@code poll-ms}, or, with an {@code interrupt-line} (the BCM header input its INT pin
 * is wired to), when that line falls, with a read every {@code poll-ms} besides that
 * notices a chip gone silent.
 */
public record Expander(String name, ExpanderType type, int i2cAddress, @Omissible Integer i2cBus,
		@Omissible Integer pollMs, @Omissible Integer interruptLine) {

	/** The Pi's I2C bus on header pins 3 and 5. */
	public static final int DEFAULT_BUS = 1;

	/**
	 * Polling: a door's 25 ms debounce is then confirmed within 25 to 45 ms, and one read
	 * of both ports takes about 0.5 ms of a 100 kHz bus.
	 */
	public static final int DEFAULT_POLL_MS = 20;

	/**
	 * With an interrupt line the reads come on change; the period is only the check that
	 * the chip still answers.
	 */
	public static final int DEFAULT_INTERRUPT_POLL_MS = 1000;

	public Expander {
		text("name", name);
		present("type", type);
		if (!type.hasAddress(i2cAddress)) {
			throw new InvalidWiringValue("i2c-address", "must be from " + type.addressRange() + " for a "
					+ type.name().toLowerCase(Locale.ROOT) + ", was " + String.format("0x%02x", i2cAddress));
		}
		i2cBus = (i2cBus != null) ? i2cBus : DEFAULT_BUS;
		if (i2cBus < 0 || i2cBus > 31) {
			throw new InvalidWiringValue("i2c-bus", "must be from 0 to 31 (/dev/i2c-N), was " + i2cBus);
		}
		pollMs = (pollMs != null) ? pollMs : ((interruptLine != null) ? DEFAULT_INTERRUPT_POLL_MS : DEFAULT_POLL_MS);
		// below 5 ms the reads crowd the bus and buy nothing over a debounce; above a
		// second a silent chip goes unnoticed too long
		if (pollMs < 5 || pollMs > 1000) {
			throw new InvalidWiringValue("poll-ms", "must be from 5 to 1000 ms, was " + pollMs);
		}
		if (interruptLine != null) {
			InvalidWiringValue.validLine("interrupt-line", interruptLine);
		}
	}

	/** An expander on bus 1, polled every 20 ms. */
	public Expander(String name, ExpanderType type, int i2cAddress) {
		this(name, type, i2cAddress, null, null, null);
	}

	/** The BCM header line its INT pin is wired to, when it has one. */
	public Optional<Integer> interrupt() {
		return Optional.ofNullable(this.interruptLine);
	}

	/** {@code /dev/i2c-1}. */
	public String busDevice() {
		return "/dev/i2c-" + this.i2cBus;
	}

}
