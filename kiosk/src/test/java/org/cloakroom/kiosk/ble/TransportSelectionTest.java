package org.cloakroom.kiosk.ble;

import java.time.Duration;
import java.util.List;

import org.cloakroom.kiosk.ble.BleProperties.Backend;
import org.cloakroom.kiosk.ble.simulated.SimulatedRadio;
import org.cloakroom.kiosk.ble.transport.Transport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class TransportSelectionTest {

	private final SimulatedRadio simulated = new SimulatedRadio(1, Duration.ofMinutes(15), "door", "inside");

	@Test
	void selectsTheSimulatedBackend() {
		assertThat(BleConfiguration.select(Backend.SIMULATED, List.of(this.simulated))).isSameAs(this.simulated);
	}

	@Test
	void autoPrefersBluezDbusWhenBothWork() {
		FakeTransport bluez = FakeTransport.working("bluez-dbus");
		List<Transport> available = List.of(this.simulated, FakeTransport.working("tinyb"), bluez);

		assertThat(BleConfiguration.select(Backend.AUTO, available)).isSameAs(bluez);
	}

	@Test
	void autoTakesTinybWhenBluezDbusCannotScan() {
		FakeTransport tinyb = FakeTransport.working("tinyb");
		List<Transport> available = List.of(FakeTransport.broken("bluez-dbus", "no bus"), tinyb, this.simulated);

		assertThat(BleConfiguration.select(Backend.AUTO, available)).isSameAs(tinyb);
	}

	@Test
	void autoStopsStartUpNamingWhatItTriedAndNeverSimulates() {
		List<Transport> available = List.of(this.simulated, FakeTransport.broken("bluez-dbus", "no system bus"),
				FakeTransport.broken("tinyb", "natives for aarch64 missing"));

		assertThatIllegalStateException().isThrownBy(() -> BleConfiguration.select(Backend.AUTO, available))
			.withMessageContaining("cloakroom.ble.backend is 'auto'")
			.withMessageContaining("bluez-dbus: no system bus")
			.withMessageContaining("tinyb: natives for aarch64 missing")
			.withMessageContaining("cloakroom.ble.backend=simulated");
	}

	@Test
	void anExplicitBackendThatCannotScanStopsStartUpWithTheReason() {
		List<Transport> available = List.of(FakeTransport.broken("tinyb", "TinyB's native libraries did not load"),
				FakeTransport.working("bluez-dbus"));

		assertThatIllegalStateException().isThrownBy(() -> BleConfiguration.select(Backend.TINYB, available))
			.withMessageContaining("cloakroom.ble.backend is 'tinyb', but it cannot scan on this machine")
			.withMessageContaining("TinyB's native libraries did not load");
	}

	@Test
	void aBackendMissingFromTheBuildStopsStartUpNamingThoseThatExist() {
		List<Transport> available = List.of(this.simulated, FakeTransport.working("bluez-dbus"));

		assertThatIllegalStateException().isThrownBy(() -> BleConfiguration.select(Backend.REPLAY, available))
			.withMessage("cloakroom.ble.backend is 'replay', but this build has no such backend "
					+ "(it has simulated, bluez-dbus)");
	}

	@Test
	void selectsAWorkingExplicitBackendByItsName() {
		FakeTransport bluez = FakeTransport.working("bluez-dbus");

		assertThat(BleConfiguration.select(Backend.BLUEZ_DBUS, List.of(FakeTransport.working("tinyb"), bluez)))
			.isSameAs(bluez);
	}

	@Test
	void writesBackendsAsTheyAreConfigured() {
		assertThat(Backend.BLUEZ_DBUS.propertyValue()).isEqualTo("bluez-dbus");
	}

}
