package org.cloakroom.kiosk.ble;

import java.time.Duration;
import java.util.List;

import org.cloakroom.kiosk.ble.BleProperties.Backend;
import org.cloakroom.kiosk.ble.simulator.SimulatedRadio;
import org.cloakroom.kiosk.ble.transport.BleTransport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class BleBackendSelectionTest {

	private final SimulatedRadio simulated = new SimulatedRadio(1, Duration.ofMinutes(15), "door", "inside");

	@Test
	void selectsTheSimulatedBackend() {
		assertThat(BleConfiguration.select(Backend.SIMULATED, List.of(this.simulated))).isSameAs(this.simulated);
	}

	@ParameterizedTest
	@EnumSource(value = Backend.class, names = "SIMULATED", mode = EnumSource.Mode.EXCLUDE)
	void refusesToStartWithABackendThatDoesNotExistYetAndNamesTheProperty(Backend backend) {
		List<BleTransport> available = List.of(this.simulated);
		assertThatIllegalStateException().isThrownBy(() -> BleConfiguration.select(backend, available))
			.withMessageContaining("cloakroom.ble.backend is '" + backend.propertyValue() + "'")
			.withMessageContaining("arrives with the real-BLE issue")
			.withMessageContaining("cloakroom.ble.backend=simulated");
	}

	@Test
	void writesBackendsAsTheyAreConfigured() {
		assertThat(Backend.BLUEZ_DBUS.propertyValue()).isEqualTo("bluez-dbus");
	}

}
