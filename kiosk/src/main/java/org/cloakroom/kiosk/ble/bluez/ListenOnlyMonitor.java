package org.cloakroom.kiosk.ble.bluez;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.types.UInt16;
import org.freedesktop.dbus.types.Variant;

/**
 * The kiosk's passive {@code or_patterns} monitor on one adapter, as exported on the bus.
 * BlueZ reads its properties, hands the patterns to the kernel, which scans passively
 * (never a SCAN_REQ), and calls back. The sampling period 0 asks for every advertisement,
 * so RSSI keeps flowing; no RSSI threshold is set, so nothing is filtered by level.
 */
final class ListenOnlyMonitor implements AdvertisementMonitor1, Properties {

	private final String path;

	private final Map<String, Variant<?>> properties;

	private final Consumer<String> found;

	private final Runnable released;

	private volatile boolean active;

	/**
	 * @param found told the path of every device found
	 * @param released told when BlueZ let the monitor go (refused or dropped)
	 */
	ListenOnlyMonitor(String path, List<MonitorPattern> patterns, Consumer<String> found, Runnable released) {
		this.path = path;
		this.properties = Map.of("Type", new Variant<>("or_patterns"), "RSSISamplingPeriod",
				new Variant<>(new UInt16(0)), "Patterns", new Variant<>(List.copyOf(patterns), "a(yyay)"));
		this.found = found;
		this.released = released;
	}

	boolean active() {
		return this.active;
	}

	@Override
	public void Release() {
		this.active = false;
		this.released.run();
	}

	@Override
	public void Activate() {
		this.active = true;
	}

	@Override
	public void DeviceFound(DBusPath device) {
		this.found.accept(device.getPath());
	}

	@Override
	public void DeviceLost(DBusPath device) {
		// a lost phone fades in the pipeline when nothing more is heard of it
	}

	Map<String, Variant<?>> properties() {
		return this.properties;
	}

	@Override
	@SuppressWarnings("unchecked")
	public <A> A Get(String interfaceName, String propertyName) {
		return (A) this.properties.get(propertyName);
	}

	@Override
	public <A> void Set(String interfaceName, String propertyName, A value) {
		throw new UnsupportedOperationException("The monitor's properties are read-only");
	}

	@Override
	public Map<String, Variant<?>> GetAll(String interfaceName) {
		return AdvertisementMonitor1.NAME.equals(interfaceName) ? this.properties : Map.of();
	}

	@Override
	public String getObjectPath() {
		return this.path;
	}

}
