package org.cloakroom.kiosk.cli.doctor;

import java.util.List;
import java.util.Map;

import org.cloakroom.kiosk.ble.cli.BluetoothAdapters;

/** bluetoothd on the system bus with at least one adapter, every adapter powered. */
record BluetoothCheck(String busAddress) implements Check {

	static final String NAME = "bluetooth";

	@Override
	public List<Finding> run() {
		Map<String, Boolean> adapters;
		try {
			adapters = BluetoothAdapters.powered(this.busAddress);
		}
		catch (IllegalStateException ex) {
			return List.of(Finding.fail(NAME, ex.getMessage(),
					"sudo systemctl enable --now bluetooth; see: systemctl status dbus bluetooth"));
		}
		if (adapters.isEmpty()) {
			return List.of(Finding.fail(NAME, "bluetoothd has no adapter",
					"plug the adapter in (or enable the Pi's: no dtoverlay=disable-bt in the boot config), then: "
							+ "rfkill unblock bluetooth"));
		}
		List<String> off = adapters.entrySet()
			.stream()
			.filter((adapter) -> !adapter.getValue())
			.map(Map.Entry::getKey)
			.toList();
		if (!off.isEmpty()) {
			return List.of(Finding.fail(NAME, "adapter " + String.join(", ", off) + " is not powered",
					"bluetoothctl power on, and AutoEnable=true in /etc/bluetooth/main.conf "
							+ "(firmware-config/bluetooth/main.conf)"));
		}
		return List.of(Finding.ok(NAME, "adapter " + String.join(", ", adapters.keySet()) + " powered"));
	}

}
