package org.cloakroom.kiosk.ble.bluez;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.types.UInt16;
import org.freedesktop.dbus.types.Variant;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

/** What the kiosk's passive monitor tells BlueZ, and what it does with BlueZ's calls. */
class ListenOnlyMonitorTest {

	private final List<String> found = new ArrayList<>();

	private final List<String> released = new ArrayList<>();

	private final ListenOnlyMonitor monitor = new ListenOnlyMonitor("/app/monitor", ListenOnlyPatterns.ALL,
			this.found::add, () -> this.released.add("released"));

	@Test
	void isAnOrPatternsMonitorThatAsksForEveryAdvertisementAndFiltersNoLevel() {
		Map<String, Variant<?>> properties = this.monitor.GetAll(AdvertisementMonitor1.NAME);

		assertThat(properties.get("Type").getValue()).isEqualTo("or_patterns");
		assertThat(properties.get("RSSISamplingPeriod").getValue()).isEqualTo(new UInt16(0));
		assertThat(properties.get("Patterns").getSig()).isEqualTo("a(yyay)");
		assertThat(properties).doesNotContainKeys("RSSILowThreshold", "RSSIHighThreshold", "RSSILowTimeout",
				"RSSIHighTimeout");
		assertThat((Object) this.monitor.Get(AdvertisementMonitor1.NAME, "Type")).isEqualTo(properties.get("Type"));
	}

	@Test
	void itsPatternsFitTheKernelAndCoverEverySignTheKioskDecodes() {
		assertThat(ListenOnlyPatterns.ALL).hasSizeBetween(1, 16);
		assertThat(ListenOnlyPatterns.ALL)
			.extracting((pattern) -> pattern.getAdType() & 0xFF,
					(pattern) -> HexFormat.of().formatHex(pattern.getContent()))
			.contains(tuple(0xFF, "4c00"), tuple(0xFF, "0600"), tuple(0x16, "f3fe"), tuple(0x16, "f1fc"),
					tuple(0x16, "6ffd"), tuple(0x16, "aafe"), tuple(0x01, "1a"), tuple(0x01, "06"));
	}

	@Test
	void refusesAPatternBlueZWouldRefuse() {
		assertThatIllegalArgumentException().isThrownBy(() -> new MonitorPattern((byte) 0, (byte) 0xFF, new byte[0]))
			.withMessageContaining("1 to 31 bytes");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new MonitorPattern((byte) 30, (byte) 0xFF, new byte[] { 0x4C, 0x00 }))
			.withMessageContaining("2 bytes at 30");
	}

	@Test
	void passesFoundDevicesOnAndSaysWhenActiveOrReleased() {
		assertThat(this.monitor.active()).isFalse();
		this.monitor.Activate();
		assertThat(this.monitor.active()).isTrue();

		this.monitor.DeviceFound(new DBusPath("/org/bluez/hci1/dev_4C_11_22_33_44_55"));
		this.monitor.DeviceLost(new DBusPath("/org/bluez/hci1/dev_4C_11_22_33_44_55"));
		this.monitor.Release();

		assertThat(this.found).containsExactly("/org/bluez/hci1/dev_4C_11_22_33_44_55");
		assertThat(this.released).hasSize(1);
		assertThat(this.monitor.active()).isFalse();
	}

}
