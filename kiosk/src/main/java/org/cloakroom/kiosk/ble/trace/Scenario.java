package org.cloakroom.kiosk.ble.trace;

import java.util.Locale;
import java.util.Random;

/**
 * What a generated person does. Positions are metres: the door adapter at the origin on
 * the corridor side of the wall ({@code y = 0}), the corridor at {@code y < 0}, the
 * secure area at {@code y > 0}. Walking speed is 1.2–1.4 m/s.
 */
public enum Scenario {

	/**
	 * Walks up from 8–12 m to the spot in front of the kiosk (0.3–0.6 m) and stays 10 s.
	 */
	ARRIVAL {
		@Override
		Walk walk(Random random) {
			return approach(random).stay(10_000);
		}
	},
	/**
	 * Walks along the corridor 2–4 m from the door, from 12 m on one side to 12 m on the
	 * other.
	 */
	CORRIDOR {
		@Override
		Walk walk(Random random) {
			double y = -(2 + 2 * random.nextDouble());
			double side = random.nextBoolean() ? 1 : -1;
			return new Walk(-12 * side, y).to(12 * side, y, speed(random));
		}
	},
	/** Stands 5 m from the door for a minute. */
	LINGER {
		@Override
		Walk walk(Random random) {
			double angle = corridorAngle(random);
			return new Walk(5 * Math.cos(angle), 5 * Math.sin(angle)).stay(60_000);
		}
	},
	/** Stands inside the secure area, 2–8 m behind the wall, for a minute. */
	INSIDE {
		@Override
		Walk walk(Random random) {
			return new Walk(-3 + 6 * random.nextDouble(), 2 + 6 * random.nextDouble()).stay(60_000);
		}
	},
	/** Arrives like ARRIVAL, and 3 s later the phone goes quiet (locked) for 45 s. */
	QUIET {
		@Override
		Walk walk(Random random) {
			return approach(random).stay(48_000);
		}

		@Override
		long quietAfterArrivalMillis() {
			return 3_000;
		}
	};

	abstract Walk walk(Random random);

	/** How long after reaching the door the phone stops advertising, or -1. */
	long quietAfterArrivalMillis() {
		return -1;
	}

	/** As written on the command line and in labels: {@code arrival}. */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Scenario parse(String text) {
		for (Scenario scenario : values()) {
			if (scenario.label().equalsIgnoreCase(text)) {
				return scenario;
			}
		}
		throw new IllegalArgumentException(
				"Unknown scenario '" + text + "'; expected arrival, corridor, linger, inside or quiet");
	}

	private static Walk approach(Random random) {
		double spotX = -0.2 + 0.4 * random.nextDouble();
		double spotY = -(0.3 + 0.3 * random.nextDouble());
		double angle = corridorAngle(random);
		double distance = 8 + 4 * random.nextDouble();
		return new Walk(spotX + distance * Math.cos(angle), spotY + distance * Math.sin(angle))
			.to(spotX, spotY, speed(random))
			.arrivedAtDoor();
	}

	/** A direction into the corridor half-plane, not along the wall. */
	private static double corridorAngle(Random random) {
		return Math.toRadians(200 + 140 * random.nextDouble());
	}

	private static double speed(Random random) {
		return 1.2 + 0.2 * random.nextDouble();
	}

}
