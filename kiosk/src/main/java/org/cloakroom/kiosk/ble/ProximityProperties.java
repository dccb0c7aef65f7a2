package org.cloakroom.kiosk.ble;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How filtered RSSI becomes a zone ({@code cloakroom.ble.proximity.*}).
 * <p>
 * Why these defaults (see DESIGN.md, "What real RSSI data says"): per-packet spread is
 * 5–10 dB, so one packet decides little; RSSI is the median of each adapter's last
 * {@code window} (1.5 s: 2–15 packets of an awake phone), and the enter/exit pairs are
 * 5–6 dB apart. Other changes must hold for {@code dwell} (1 s), so a phone carried
 * through the door does not flicker through NEAR; entering AT_DOOR needs no dwell
 * ({@code at-door-dwell} 0) and the window is short, because a phone must be placed
 * AT_DOOR within 3 s of reaching 1 m and a median already lags by half its window. The
 * dBm levels are for a reference phone that reads −59 dBm at 1 m from the door antenna
 * (the iBeacon convention, and the simulated radio's model): AT_DOOR (≈0.4 m, ≈−50 dBm)
 * enters at −58, a phone passing at 2 m (≈−66 dBm) stays 8 dB short; NEAR enters at −75,
 * and 25 m (≈−90 dBm) is AWAY. They were chosen on generated reference phones, and they
 * hold for those only: real phones differ by about 38 dB at 1 m and lose 10–30 dB in a
 * pocket or bag, so an uncalibrated phone's absolute level is a guess (on the shared real
 * data they place about 31% of arrivals and 31% of passers at the door: BENCHMARKS.md,
 * "Proximity on real data"). A device that advertises its power is calibrated to the
 * reference ({@code reference-power-dbm}); a phone with a phone calibration is read
 * against its spot level instead (see {@link SpotProperties}), every level moving with
 * it. INSIDE, and a phone shouting at the door, rely on comparing the door side with the
 * inside, which cancels the phone's own offset. A phone that goes quiet (a locked iPhone
 * can be silent for tens of seconds) keeps its zone for {@code fadeAfter}.
 *
 * @param window how far back the per-adapter median looks
 * @param minSamples packets an adapter needs in the window before its median counts
 * @param dwell how long a new zone must hold before it is accepted
 * @param fadeAfter how long a silent phone keeps its zone before it becomes AWAY
 * @param atDoorEnterDbm door adapter's median at or above which a phone enters AT_DOOR
 * @param atDoorExitDbm door adapter's median below which a phone leaves AT_DOOR
 * @param nearEnterDbm door adapter's median at or above which a phone enters NEAR
 * @param nearExitDbm door adapter's median below which a phone leaves NEAR
 * @param insideEnterDbm inside adapter's median at or above which INSIDE may be entered
 * @param insideExitDbm inside adapter's median below which INSIDE is left
 * @param insideMarginDb how much the inside adapter must beat the door adapter to enter
 * INSIDE (to stay, it must still beat it)
 * @param atDoorMarginDb how much the door side must beat the inside adapters to enter
 * AT_DOOR when an inside adapter hears the phone at all: a phone, its carrying position
 * and its owner's body weaken both paths alike, so the difference tells 0.5 m from 2 m
 * where the level alone cannot
 * @param referencePowerDbm what the reference phone, for which the dBm levels are set,
 * reads at 1 m; a device that advertises its power (iBeacon's measured power, or a TX
 * Power Level) is shifted by the difference, so the levels hold for it too
 * @param atDoorDwell how long AT_DOOR must hold before it is accepted (other zones use
 * {@code dwell})
 * @param spot how a calibrated phone's levels are read relative to its spot level
 */
public record ProximityProperties(@DefaultValue("1500ms") @NotNull Duration window,
		@DefaultValue("1") @Min(1) int minSamples, @DefaultValue("1s") @NotNull Duration dwell,
		@DefaultValue("30s") @NotNull Duration fadeAfter, @DefaultValue("-58") double atDoorEnterDbm,
		@DefaultValue("-64") double atDoorExitDbm, @DefaultValue("-75") double nearEnterDbm,
		@DefaultValue("-80") double nearExitDbm, @DefaultValue("-72") double insideEnterDbm,
		@DefaultValue("-78") double insideExitDbm, @DefaultValue("6") double insideMarginDb,
		@DefaultValue("24") double atDoorMarginDb, @DefaultValue("-59") int referencePowerDbm,
		@DefaultValue("0s") @NotNull Duration atDoorDwell, @DefaultValue @NotNull @Valid SpotProperties spot) {

	@ConstructorBinding
	public ProximityProperties {
		positive("window", window);
		positive("fade-after", fadeAfter);
		notNegative("dwell", dwell);
		notNegative("at-door-dwell", atDoorDwell);
		if (minSamples < 1) {
			throw new IllegalArgumentException(
					"cloakroom.ble.proximity.min-samples must be at least 1, got " + minSamples);
		}
		if (spot == null) {
			throw new IllegalArgumentException("cloakroom.ble.proximity.spot must be set");
		}
		ordered("at-door", atDoorEnterDbm, atDoorExitDbm);
		ordered("near", nearEnterDbm, nearExitDbm);
		ordered("inside", insideEnterDbm, insideExitDbm);
		if (nearEnterDbm > atDoorExitDbm) {
			throw new IllegalArgumentException("cloakroom.ble.proximity.near-enter-dbm (" + nearEnterDbm
					+ ") must not be above at-door-exit-dbm (" + atDoorExitDbm + ")");
		}
	}

	/** The settings before calibration relative to the spot, with its defaults. */
	public ProximityProperties(Duration window, int minSamples, Duration dwell, Duration fadeAfter,
			double atDoorEnterDbm, double atDoorExitDbm, double nearEnterDbm, double nearExitDbm, double insideEnterDbm,
			double insideExitDbm, double insideMarginDb, double atDoorMarginDb, int referencePowerDbm,
			Duration atDoorDwell) {
		this(window, minSamples, dwell, fadeAfter, atDoorEnterDbm, atDoorExitDbm, nearEnterDbm, nearExitDbm,
				insideEnterDbm, insideExitDbm, insideMarginDb, atDoorMarginDb, referencePowerDbm, atDoorDwell,
				SpotProperties.defaults());
	}

	/** The defaults, for code that runs without Spring (tests, benchmarks). */
	public static ProximityProperties defaults() {
		return new ProximityProperties(Duration.ofMillis(1500), 1, Duration.ofSeconds(1), Duration.ofSeconds(30), -58,
				-64, -75, -80, -72, -78, 6, 24, -59, Duration.ZERO);
	}

	/** These settings with other {@code spot} settings (the evaluation tries several). */
	public ProximityProperties withSpot(SpotProperties other) {
		return new ProximityProperties(this.window, this.minSamples, this.dwell, this.fadeAfter, this.atDoorEnterDbm,
				this.atDoorExitDbm, this.nearEnterDbm, this.nearExitDbm, this.insideEnterDbm, this.insideExitDbm,
				this.insideMarginDb, this.atDoorMarginDb, this.referencePowerDbm, this.atDoorDwell, other);
	}

	private static void positive(String name, Duration value) {
		if (value == null || value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException("cloakroom.ble.proximity." + name + " must be positive, got " + value);
		}
	}

	private static void notNegative(String name, Duration value) {
		if (value == null || value.isNegative()) {
			throw new IllegalArgumentException(
					"cloakroom.ble.proximity." + name + " must not be negative, got " + value);
		}
	}

	private static void ordered(String zone, double enter, double exit) {
		if (exit > enter) {
			throw new IllegalArgumentException("cloakroom.ble.proximity." + zone + "-exit-dbm (" + exit
					+ ") must not be above " + zone + "-enter-dbm (" + enter + ")");
		}
	}

}
