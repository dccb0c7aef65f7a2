package org.cloakroom.kiosk.ble.tinyb;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.cloakroom.kiosk.ble.transport.Advertisement;
import org.cloakroom.kiosk.ble.watchdog.ListenOnlyAdapters;
import org.cloakroom.kiosk.ble.watchdog.NotScanning;
import org.cloakroom.kiosk.ble.watchdog.Scan;
import tinyb.BluetoothAdapter;
import tinyb.BluetoothDevice;
import tinyb.BluetoothManager;
import tinyb.TransportType;

/**
 * One scanning run of {@code tinyb}: TinyB's view of BlueZ, checked by the watchdog:
 * TinyB tells of no new devices nor of bluetoothd restarting, so each check lists
 * adapters and devices, starts discovery where it stopped (an adapter that stopped
 * without us was reset or replaced: its devices' old objects are dropped and listened to
 * afresh), listens to new devices, and restarts discovery every {@code discoveryRestart}
 * because TinyB cannot ask for duplicate reports (see README). TinyB can only discover
 * (active scanning), so adapters that must not transmit do not scan with it at all.
 */
final class TinybScan implements Scan {

	private final Clock clock;

	private final Duration discoveryRestart;

	private final Consumer<Advertisement> deliver;

	/** Adapter name → when this scan last started its discovery. */
	private final Map<String, Instant> discovering = new HashMap<>();

	/** {@code hci0/AA:BB:...} → the device listened to. */
	private final Map<String, TinybDevice> devices = new HashMap<>();

	private final ListenOnlyAdapters listenOnly;

	TinybScan(Clock clock, Duration discoveryRestart, ListenOnlyAdapters listenOnly, Consumer<Advertisement> deliver) {
		this.clock = clock;
		this.listenOnly = listenOnly;
		this.discoveryRestart = discoveryRestart;
		this.deliver = deliver;
	}

	@Override
	public List<String> ensureScanning() throws Exception {
		BluetoothManager manager = TinybRuntime.manager();
		Map<String, BluetoothAdapter> adapters = new TreeMap<>();
		for (BluetoothAdapter adapter : manager.getAdapters()) {
			adapters.put(adapter.getInterfaceName(), adapter);
		}
		new ArrayList<>(this.discovering.keySet()).stream()
			.filter((name) -> !adapters.containsKey(name))
			.forEach(this::forgetAdapter);
		if (adapters.isEmpty()) {
			throw new NotScanning("TinyB sees no Bluetooth adapter (is bluetoothd running?)");
		}
		List<String> scanning = new ArrayList<>();
		List<String> refused = new ArrayList<>();
		adapters.forEach((name, adapter) -> {
			if (this.listenOnly.listenOnly(name)) {
				refused.add(name + ": " + this.listenOnly.why(name) + ", so it may only listen, but TinyB can only "
						+ "discover (active scanning): use the bluez-dbus backend, which listens passively");
			}
			else {
				keepDiscovering(name, adapter);
				scanning.add(name);
			}
		});
		if (scanning.isEmpty()) {
			throw new NotScanning("no adapter is scanning (" + String.join("; ", refused) + ")");
		}
		listenToNewDevices(manager);
		refused.forEach((problem) -> scanning.add("not " + problem));
		return scanning;
	}

	private void keepDiscovering(String name, BluetoothAdapter adapter) {
		Instant started = this.discovering.get(name);
		Instant now = this.clock.instant();
		if (started == null || !adapter.getDiscovering()) {
			forgetAdapter(name);
			startDiscovery(adapter);
			this.discovering.put(name, now);
		}
		else if (Duration.between(started, now).compareTo(this.discoveryRestart) >= 0) {
			adapter.stopDiscovery();
			startDiscovery(adapter);
			this.discovering.put(name, now);
		}
	}

	private static void startDiscovery(BluetoothAdapter adapter) {
		// BlueZ's filter: LE only (rssi and path loss 0 mean none); no DuplicateData here
		adapter.setDiscoveryFilter(List.of(), 0, 0, TransportType.LE);
		adapter.startDiscovery();
	}

	private void listenToNewDevices(BluetoothManager manager) {
		for (BluetoothDevice device : manager.getDevices()) {
			String adapter = device.getAdapter().getInterfaceName();
			String key = adapter + "/" + device.getAddress();
			if (this.discovering.containsKey(adapter) && !this.devices.containsKey(key)) {
				TinybDevice listened = new TinybDevice(device, adapter, this.clock, this.deliver);
				this.devices.put(key, listened);
				listened.listen();
			}
		}
	}

	private void forgetAdapter(String name) {
		this.discovering.remove(name);
		this.devices.entrySet().removeIf((entry) -> {
			if (entry.getKey().startsWith(name + "/")) {
				entry.getValue().forget();
				return true;
			}
			return false;
		});
	}

	@Override
	public void restartDiscovery() {
		this.discovering.replaceAll((name, started) -> Instant.MIN);
	}

	@Override
	public void reset() {
		this.devices.values().forEach(TinybDevice::forget);
		this.devices.clear();
		this.discovering.clear();
	}

}
