package org.cloakroom.kiosk.ble;

import java.time.Duration;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a calibrated phone is placed ({@code cloakroom.ble.proximity.spot.*}): its packets
 * are read relative to its spot level, so its model and its owner's carrying position
 * cancel.
 * <p>
 * An identity with a phone calibration is shifted, per packet, so that its spot level
 * (after the adapter's offset) reads {@code at-door-within-db} above
 * {@code at-door-enter-dbm}: it enters AT_DOOR when the door side hears it within that
 * many dB of its spot level, and every other proximity level moves with it. A phone
 * without a calibration keeps the absolute levels (a guess, since models differ by about
 * 38 dB), so its zone changes carry {@code uncalibrated-trust} as their confidence's
 * ceiling. The defaults were chosen by {@code ble evaluate --tune} on the tuning half of
 * the shared real data (README, "Bluetooth LE") and scored on the other half: an arrival
 * ends at the spot, where its phone reads its spot level, while on Herald's rig a passer
 * at 2–4 m often reads within a few dB of it too (multipath, no body), so the tuning
 * wants the door side to reach the spot level itself (within 0.5 dB) at once: a dwell
 * would only spend the 3 s an arrival has from reaching 1 m.
 *
 * @param atDoorWithinDb how far below its spot level a calibrated phone still enters
 * AT_DOOR
 * @param atDoorDwell how long AT_DOOR must hold for a calibrated phone (a passer is at 2
 * m for under a second; an arrival stays)
 * @param uncalibratedTrust the most confidence a zone change of an uncalibrated phone can
 * have, 0 to 1
 */
public record SpotProperties(@DefaultValue("0.5") @DecimalMin("0") @DecimalMax("40") double atDoorWithinDb,
		@DefaultValue("0ms") @NotNull Duration atDoorDwell,
		@DefaultValue("0.5") @DecimalMin("0") @DecimalMax("1") double uncalibratedTrust) {

	public SpotProperties {
		if (!(atDoorWithinDb >= 0 && atDoorWithinDb <= 40)) {
			throw new IllegalArgumentException(
					"cloakroom.ble.proximity.spot.at-door-within-db must be 0 to 40 dB, got " + atDoorWithinDb);
		}
		if (atDoorDwell == null || atDoorDwell.isNegative()) {
			throw new IllegalArgumentException(
					"cloakroom.ble.proximity.spot.at-door-dwell must not be negative, got " + atDoorDwell);
		}
		if (!(uncalibratedTrust >= 0 && uncalibratedTrust <= 1)) {
			throw new IllegalArgumentException(
					"cloakroom.ble.proximity.spot.uncalibrated-trust must be 0 to 1, got " + uncalibratedTrust);
		}
	}

	public static SpotProperties defaults() {
		return new SpotProperties(0.5, Duration.ZERO, 0.5);
	}

}
