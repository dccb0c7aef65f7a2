package org.cloakroom.kiosk.ble;

import java.time.Duration;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Configuration of the BLE module ({@code cloakroom.ble.*}).
 *
 * @param backend which radio backend scans; only {@code simulated} exists so far
 * @param doorAdapter the adapter at the kiosk, outside the area
 * @param insideAdapter the adapter inside the secure area, behind the door
 * @param proximity how RSSI becomes a zone
 * @param simulated the simulated radio
 */
@ConfigurationProperties("cloakroom.ble")
@Validated
public record BleProperties(@DefaultValue("auto") @NotNull Backend backend,
		@DefaultValue("door") @NotBlank String doorAdapter, @DefaultValue("inside") @NotBlank String insideAdapter,
		@DefaultValue @NotNull @Valid ProximityProperties proximity,
		@DefaultValue @NotNull @Valid SimulatedProperties simulated) {

	public BleProperties {
		if (doorAdapter != null && doorAdapter.equals(insideAdapter)) {
			throw new IllegalArgumentException(
					"cloakroom.ble.door-adapter and inside-adapter must differ, both are '" + doorAdapter + "'");
		}
	}

	/** The values of {@code cloakroom.ble.backend}. */
	public enum Backend {

		/** Picks TinyB or BlueZ D-Bus on a Pi. */
		AUTO, TINYB, BLUEZ_DBUS, REPLAY, SIMULATED;

		/** As written in configuration: {@code bluez-dbus}. */
		public String propertyValue() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	/**
	 * The simulated radio.
	 *
	 * @param seed seeds its random numbers, so runs repeat
	 * @param addressRotation how often phones change their random address
	 */
	public record SimulatedProperties(@DefaultValue("20261122") long seed,
			@DefaultValue("15m") @NotNull Duration addressRotation) {

		public SimulatedProperties {
			if (addressRotation != null && (addressRotation.isNegative() || addressRotation.isZero())) {
				throw new IllegalArgumentException(
						"cloakroom.ble.simulated.address-rotation must be positive, got " + addressRotation);
			}
		}

	}

}
