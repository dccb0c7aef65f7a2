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
 * @param backend which radio backend scans: {@code auto} (bluez-dbus, else tinyb),
 * {@code tinyb}, {@code bluez-dbus}, {@code replay} or {@code simulated}
 * @param doorAdapter the adapter at the kiosk, outside the area
 * @param insideAdapter the adapter inside the secure area, behind the door
 * @param proximity how RSSI becomes a zone
 * @param simulated the simulated radio
 * @param radio the real radios (bluez-dbus, tinyb) and their watchdog
 */
@ConfigurationProperties("cloakroom.ble")
@Validated
public record BleProperties(@DefaultValue("auto") @NotNull Backend backend,
		@DefaultValue("door") @NotBlank String doorAdapter, @DefaultValue("inside") @NotBlank String insideAdapter,
		@DefaultValue @NotNull @Valid ProximityProperties proximity,
		@DefaultValue @NotNull @Valid SimulatedProperties simulated,
		@DefaultValue @NotNull @Valid RadioProperties radio) {

	public BleProperties {
		if (doorAdapter != null && doorAdapter.equals(insideAdapter)) {
			throw new IllegalArgumentException(
					"cloakroom.ble.door-adapter and inside-adapter must differ, both are '" + doorAdapter + "'");
		}
	}

	/** The values of {@code cloakroom.ble.backend}. */
	public enum Backend {

		/**
		 * The best real backend that works here: bluez-dbus, else tinyb; never simulated.
		 */
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

	/**
	 * The real radios ({@code bluez-dbus}, {@code tinyb}) and their watchdog.
	 *
	 * @param checkInterval how often the watchdog checks that every adapter is scanning
	 * (bus connected, {@code org.bluez} present, each adapter discovering)
	 * @param quietTimeout discovery is restarted on every adapter when nothing has been
	 * heard for this long
	 * @param tinybDiscoveryRestart how often the TinyB backend stops and starts
	 * discovery, because TinyB cannot ask BlueZ for duplicate reports (see README)
	 * @param busAddress the D-Bus system bus the {@code bluez-dbus} backend uses; empty
	 * means {@code DBUS_SYSTEM_BUS_ADDRESS}, else {@code /var/run/dbus/system_bus_socket}
	 * (TinyB always reads the environment)
	 */
	public record RadioProperties(@DefaultValue("2s") @NotNull Duration checkInterval,
			@DefaultValue("60s") @NotNull Duration quietTimeout,
			@DefaultValue("10s") @NotNull Duration tinybDiscoveryRestart, @DefaultValue("") String busAddress) {

		public RadioProperties {
			positive("check-interval", checkInterval);
			positive("quiet-timeout", quietTimeout);
			positive("tinyb-discovery-restart", tinybDiscoveryRestart);
			busAddress = (busAddress == null) ? "" : busAddress.strip();
		}

		/** The defaults, for the field tools that run without Spring. */
		public static RadioProperties defaults() {
			return new RadioProperties(Duration.ofSeconds(2), Duration.ofSeconds(60), Duration.ofSeconds(10), "");
		}

		private static void positive(String name, Duration value) {
			if (value != null && (value.isNegative() || value.isZero())) {
				throw new IllegalArgumentException("cloakroom.ble.radio." + name + " must be positive, got " + value);
			}
		}

	}

}
