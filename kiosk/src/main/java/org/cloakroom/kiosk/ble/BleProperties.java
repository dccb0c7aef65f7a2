package org.cloakroom.kiosk.ble;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Configuration of the BLE module ({@code cloakroom.ble.*}).
 *
 * @param backend which transport scans: {@code auto} (bluez-dbus, else tinyb),
 * {@code tinyb}, {@code bluez-dbus}, {@code replay} or {@code simulated}
 * @param doorAdapter the adapter at the kiosk, outside the area
 * @param insideAdapter the adapter inside the secure area, behind the door
 * @param proximity how RSSI becomes a zone
 * @param simulated the simulated radio
 * @param radio the real radios (bluez-dbus, tinyb) and their watchdog
 * @param adapters where each adapter, by its OS name, is placed (e.g.
 * {@code cloakroom.ble.adapters.hci0=door}); {@code door-adapter} and
 * {@code inside-adapter} are placed too unless named here; adapters placed inside only
 * listen, they never transmit (see {@code radio.listen-only})
 * @param replay the {@code replay} transport
 * @param record recording what the selected transport hears
 * @param adapterOffsets per adapter by its OS name, how many dB louder it hears than the
 * reference adapter the proximity levels are set for (measured at installation by
 * {@code ble calibrate}); {@code rssi − offset} is what the reference would have read
 * @param adapterCalibrationFile the properties file {@code ble calibrate} writes
 * ({@code adapters} and {@code adapter-offsets}), imported at start-up when it exists
 * ({@code spring.config.import} in application.yml reads this property, before binding;
 * it is here to be documented and validated)
 */
@ConfigurationProperties("cloakroom.ble")
@Validated
public record BleProperties(@DefaultValue("auto") @NotNull Backend backend,
		@DefaultValue("door") @NotBlank String doorAdapter, @DefaultValue("inside") @NotBlank String insideAdapter,
		@DefaultValue @NotNull @Valid ProximityProperties proximity,
		@DefaultValue @NotNull @Valid SimulatedProperties simulated,
		@DefaultValue @NotNull @Valid RadioProperties radio, Map<String, Placement> adapters,
		@DefaultValue @NotNull @Valid ReplayProperties replay, @DefaultValue @NotNull @Valid RecordProperties record,
		Map<String, Double> adapterOffsets,
		@DefaultValue("/etc/cloakroom/adapters.properties") @NotBlank String adapterCalibrationFile) {

	public BleProperties {
		adapters = (adapters == null) ? Map.of() : Map.copyOf(adapters);
		adapterOffsets = (adapterOffsets == null) ? Map.of() : Map.copyOf(adapterOffsets);
		if (doorAdapter != null && doorAdapter.equals(insideAdapter)) {
			throw new IllegalArgumentException(
					"cloakroom.ble.door-adapter and inside-adapter must differ, both are '" + doorAdapter + "'");
		}
	}

	/**
	 * Every placed adapter: {@code door-adapter} at the door, {@code inside-adapter}
	 * inside, then {@code adapters}, which win.
	 */
	public Map<String, Placement> placements() {
		Map<String, Placement> placed = new LinkedHashMap<>();
		placed.put(this.doorAdapter, Placement.DOOR);
		placed.put(this.insideAdapter, Placement.INSIDE);
		placed.putAll(this.adapters);
		return Map.copyOf(placed);
	}

	/**
	 * Where an adapter stands. DOOR and LOCKERS are both outside the area, at the kiosk,
	 * and both place a phone NEAR or AT_DOOR; INSIDE adapters place it INSIDE.
	 */
	public enum Placement {

		DOOR, LOCKERS, INSIDE;

		/** Whether this adapter hears the kiosk's side of the door. */
		public boolean doorSide() {
			return this != INSIDE;
		}

	}

	/**
	 * The {@code replay} transport.
	 *
	 * @param file the trace to play (one JSON object per line); bound as text, like
	 * {@code cloakroom.locker.wiring-file}, because Spring's resource-based Path
	 * conversion misreads {@code ../} paths in a web application
	 * @param pace {@code recorded} plays at the recorded speed on the application's
	 * clock, {@code fast} as fast as possible
	 */
	public record ReplayProperties(String file, @DefaultValue("recorded") @NotNull Pace pace) {

		/** The trace as configured, or {@code null} when unset. */
		public Path path() {
			return (this.file == null || this.file.isBlank()) ? null : Path.of(this.file);
		}

		/** How fast a trace plays. */
		public enum Pace {

			RECORDED, FAST

		}

	}

	/**
	 * Recording what the selected transport hears, in the trace format.
	 *
	 * @param file where to append; unset records nothing (text, as for
	 * {@code replay.file})
	 */
	public record RecordProperties(String file) {

		/** Where to append, or {@code null} when nothing is recorded. */
		public Path path() {
			return (this.file == null || this.file.isBlank()) ? null : Path.of(this.file);
		}

	}

	/** The values of {@code cloakroom.ble.backend}. */
	public enum Backend {

		/**
		 * The best real transport that works here: bluez-dbus, else tinyb; never
		 * simulated.
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
	 * @param tinybDiscoveryRestart how often the TinyB transport stops and starts
	 * discovery, because TinyB cannot ask BlueZ for duplicate reports (see README)
	 * @param busAddress the D-Bus system bus the {@code bluez-dbus} transport uses; empty
	 * means {@code DBUS_SYSTEM_BUS_ADDRESS}, else {@code /var/run/dbus/system_bus_socket}
	 * (TinyB always reads the environment)
	 * @param listenOnly no adapter transmits: every adapter scans passively through
	 * BlueZ's advertisement monitor, as inside adapters always do ({@code bluez-dbus}
	 * only: {@code tinyb} refuses to start with it)
	 */
	public record RadioProperties(@DefaultValue("2s") @NotNull Duration checkInterval,
			@DefaultValue("60s") @NotNull Duration quietTimeout,
			@DefaultValue("10s") @NotNull Duration tinybDiscoveryRestart, @DefaultValue("") String busAddress,
			@DefaultValue("false") boolean listenOnly) {

		@ConstructorBinding
		public RadioProperties {
			positive("check-interval", checkInterval);
			positive("quiet-timeout", quietTimeout);
			positive("tinyb-discovery-restart", tinybDiscoveryRestart);
			busAddress = (busAddress == null) ? "" : busAddress.strip();
		}

		/** Every adapter of a door-side role may discover. */
		public RadioProperties(Duration checkInterval, Duration quietTimeout, Duration tinybDiscoveryRestart,
				String busAddress) {
			this(checkInterval, quietTimeout, tinybDiscoveryRestart, busAddress, false);
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
