package org.cloakroom.kiosk.badge.wiegand;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.cloakroom.kiosk.badge.BadgeReader;
import org.cloakroom.kiosk.badge.BadgeReaderFactory;
import org.cloakroom.kiosk.badge.ReaderContext;
import org.cloakroom.kiosk.wiring.BadgeFormat;
import org.cloakroom.kiosk.wiring.BadgeReaderType;
import org.cloakroom.kiosk.wiring.BadgeReaderWiring;
import org.cloakroom.kiosk.wiring.WiegandFrame;

/**
 * Builds Wiegand readers: on Pi4J's mock provider in the simulation and tests, on the
 * Pi's GPIO chip through Pi4J's gpiod library on a kiosk.
 */
public final class WiegandReaders implements BadgeReaderFactory {

	/** How often a reader whose lines cannot be had tries them again. */
	static final Duration RETRY = Duration.ofSeconds(5);

	@Override
	public BadgeReaderType type() {
		return BadgeReaderType.WIEGAND;
	}

	/**
	 * @throws IllegalArgumentException when the wiring lacks d0, d1 or frame, or its
	 * badge format does not fit the frame (the wiring rules refuse these first, with
	 * their line)
	 */
	@Override
	public BadgeReader create(BadgeReaderWiring wiring, ReaderContext context) {
		String where = "Wiegand reader " + wiring.name() + " (wiring file " + context.wiringFile() + ")";
		if (wiring.d0() == null || wiring.d1() == null || wiring.frame() == null) {
			throw new IllegalArgumentException(where + " needs d0, d1 and frame");
		}
		if (wiring.format() == BadgeFormat.AS_TYPED
				|| (wiring.format() == BadgeFormat.FACILITY_CARD && wiring.frame() == WiegandFrame.RAW)) {
			throw new IllegalArgumentException(
					where + ": badge format " + kebab(wiring.format()) + " does not apply to " + kebab(wiring.frame())
							+ " frames (decimal, hex, or facility-card for wiegand-26 and wiegand-34)");
		}
		return new WiegandReader(wiring, edges(wiring, context), context.clock(), WiegandTiming.STANDARD);
	}

	/** As the wiring file writes it. */
	private static String kebab(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	private static EdgeSource edges(BadgeReaderWiring wiring, ReaderContext context) {
		return switch (context.gpioProvider()) {
			case "mock" -> new MockEdges(wiring.name(), wiring.d0(), wiring.d1(), context.clock());
			case "gpiod" ->
				new GpiodEdges(wiring.name(),
						() -> GpiodLines.open(wiring.name(),
								Map.of(WiegandLine.D0, wiring.d0(), WiegandLine.D1, wiring.d1())),
						RETRY, System::nanoTime);
			default -> throw new IllegalArgumentException(
					"GPIO provider " + context.gpioProvider() + " is neither mock nor gpiod");
		};
	}

}
