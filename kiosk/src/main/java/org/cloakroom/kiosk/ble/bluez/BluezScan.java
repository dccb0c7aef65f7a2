package org.cloakroom.kiosk.ble.bluez;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.bluez.Adapter1;
import org.cloakroom.kiosk.ble.transport.Advertisement;
import org.cloakroom.kiosk.ble.watchdog.NotScanning;
import org.cloakroom.kiosk.ble.watchdog.Scan;
import org.cloakroom.kiosk.ble.watchdog.ScanWatchdog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.interfaces.DBus;
import org.freedesktop.dbus.interfaces.ObjectManager;
import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.types.Variant;

/**
 * One scanning run of {@code bluez-dbus}: a connection to the system bus (made again
 * after it breaks) and what it knows of {@code org.bluez}: its adapters (each discovering
 * with the LE filter, duplicate data on) and its devices. Signals arrive on dbus-java's
 * one signal thread; method calls run on the watchdog's thread.
 */
final class BluezScan implements Scan {

	private static final Logger logger = LoggerFactory.getLogger(BluezScan.class);

	static final String BLUEZ = "org.bluez";

	static final String ADAPTER = "org.bluez.Adapter1";

	static final String DEVICE = "org.bluez.Device1";

	/** LE only; a PropertiesChanged for every advertisement, not only for new data. */
	static final Map<String, Variant<?>> DISCOVERY_FILTER = Map.of("Transport", new Variant<>("le"), "DuplicateData",
			new Variant<>(true));

	private final BusAddress bus;

	private final Clock clock;

	private final Consumer<Advertisement> deliver;

	private final ScanWatchdog watchdog;

	private final Map<String, String> adapters = new ConcurrentHashMap<>();

	/** Adapters where this connection started discovery (BlueZ ends it when we leave). */
	private final Set<String> discovering = ConcurrentHashMap.newKeySet();

	private final Map<String, BluezDevice> devices = new ConcurrentHashMap<>();

	private final List<AutoCloseable> handlers = new ArrayList<>();

	private DBusConnection connection;

	private volatile boolean refresh = true;

	BluezScan(BusAddress bus, Clock clock, Consumer<Advertisement> deliver, ScanWatchdog watchdog) {
		this.bus = bus;
		this.clock = clock;
		this.deliver = deliver;
		this.watchdog = watchdog;
	}

	@Override
	public List<String> ensureScanning() throws Exception {
		if (this.connection == null || !this.connection.isConnected()) {
			connect();
		}
		if (!this.connection.getRemoteObject("org.freedesktop.DBus", "/org/freedesktop/DBus", DBus.class)
			.NameHasOwner(BLUEZ)) {
			forgetBluez();
			throw new NotScanning("org.bluez is not on the system bus at " + this.bus + " (is bluetoothd running?)");
		}
		if (this.refresh) {
			this.refresh = false;
			enumerate();
		}
		if (this.adapters.isEmpty()) {
			throw new NotScanning("org.bluez has no Bluetooth adapter");
		}
		return startWhereStopped();
	}

	private List<String> startWhereStopped() throws NotScanning {
		List<String> scanning = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (Map.Entry<String, String> adapter : new TreeMap<>(this.adapters).entrySet()) {
			try {
				if (!this.discovering.contains(adapter.getKey()) || !isDiscovering(adapter.getKey())) {
					startDiscovery(adapter.getKey());
				}
				scanning.add(adapter.getValue());
			}
			catch (DBusException | DBusExecutionException ex) {
				this.discovering.remove(adapter.getKey());
				problems.add(adapter.getValue() + ": " + ex.getMessage());
			}
		}
		if (scanning.isEmpty()) {
			throw new NotScanning("no adapter is discovering (" + String.join("; ", problems) + ")");
		}
		problems.forEach((problem) -> scanning.add("not " + problem));
		return scanning;
	}

	@Override
	public void restartDiscovery() throws DBusException {
		for (String path : this.adapters.keySet()) {
			try {
				adapter(path).StopDiscovery();
			}
			catch (DBusExecutionException ex) {
				// not discovering any more: starting again is all that matters
			}
			this.discovering.remove(path);
			startDiscovery(path);
		}
	}

	@Override
	public void reset() {
		for (AutoCloseable handler : this.handlers) {
			try {
				handler.close();
			}
			catch (Exception ex) {
				// the connection is going anyway
			}
		}
		this.handlers.clear();
		if (this.connection != null) {
			this.connection.disconnect();
			this.connection = null;
		}
		forgetBluez();
	}

	private void forgetBluez() {
		this.adapters.clear();
		this.discovering.clear();
		this.devices.clear();
		this.refresh = true;
	}

	private void connect() throws DBusException {
		reset();
		this.connection = this.bus.connect();
		this.handlers.add(this.connection.addSigHandler(DBus.NameOwnerChanged.class, this::ownerChanged));
		this.handlers.add(this.connection.addSigHandler(ObjectManager.InterfacesAdded.class, this::added));
		this.handlers.add(this.connection.addSigHandler(ObjectManager.InterfacesRemoved.class, this::removed));
		this.handlers.add(this.connection.addSigHandler(Properties.PropertiesChanged.class, this::changed));
	}

	private void enumerate() throws DBusException {
		Map<DBusPath, Map<String, Map<String, Variant<?>>>> objects = this.connection
			.getRemoteObject(BLUEZ, "/", ObjectManager.class)
			.GetManagedObjects();
		this.adapters.clear();
		objects.forEach((path, interfaces) -> interfacesAdded(path.getPath(), interfaces));
		this.discovering.retainAll(this.adapters.keySet());
	}

	private void startDiscovery(String path) throws DBusException {
		Adapter1 adapter = adapter(path);
		adapter.SetDiscoveryFilter(DISCOVERY_FILTER);
		try {
			adapter.StartDiscovery();
		}
		catch (DBusExecutionException ex) {
			if (!String.valueOf(ex.getType()).endsWith("InProgress")) {
				throw ex;
			}
		}
		this.discovering.add(path);
		logger.debug("Discovering on " + path);
	}

	private boolean isDiscovering(String path) throws DBusException {
		Object value = this.connection.getRemoteObject(BLUEZ, path, Properties.class).Get(ADAPTER, "Discovering");
		return Boolean.TRUE.equals(BluezValues.unwrap(value));
	}

	private Adapter1 adapter(String path) throws DBusException {
		return this.connection.getRemoteObject(BLUEZ, path, Adapter1.class);
	}

	private void ownerChanged(DBus.NameOwnerChanged signal) {
		if (!BLUEZ.equals(signal.name)) {
			return;
		}
		forgetBluez();
		if (signal.newOwner == null || signal.newOwner.isEmpty()) {
			this.watchdog.down("org.bluez left the system bus (bluetoothd stopped or restarting)");
		}
		this.watchdog.checkSoon();
	}

	private void added(ObjectManager.InterfacesAdded signal) {
		interfacesAdded(signal.getSignalSource().getPath(), signal.getInterfaces());
		if (signal.getInterfaces().containsKey(ADAPTER)) {
			this.watchdog.checkSoon();
		}
	}

	private void interfacesAdded(String path, Map<String, Map<String, Variant<?>>> interfaces) {
		if (interfaces.containsKey(ADAPTER)) {
			this.adapters.put(path, BluezDevice.adapterOf(path));
		}
		Map<String, Variant<?>> device = interfaces.get(DEVICE);
		if (device != null) {
			BluezDevice known = this.devices.computeIfAbsent(path, (key) -> BluezDevice.at(path));
			if (known != null) {
				known.merge(device, List.of());
				deliver(known);
			}
		}
	}

	private void removed(ObjectManager.InterfacesRemoved signal) {
		String path = signal.getSignalSource().getPath();
		if (signal.getInterfaces().contains(ADAPTER)) {
			this.adapters.remove(path);
			this.discovering.remove(path);
			this.devices.keySet().removeIf((device) -> device.startsWith(path + "/"));
			this.watchdog.checkSoon();
		}
		if (signal.getInterfaces().contains(DEVICE)) {
			this.devices.remove(path);
		}
	}

	private void changed(Properties.PropertiesChanged signal) {
		String path = signal.getPath();
		if (ADAPTER.equals(signal.getInterfaceName())) {
			if (Boolean.FALSE.equals(BluezValues.unwrap(signal.getPropertiesChanged().get("Discovering")))) {
				this.discovering.remove(path);
				this.watchdog.checkSoon();
			}
			return;
		}
		if (!DEVICE.equals(signal.getInterfaceName()) || path == null) {
			return;
		}
		BluezDevice device = this.devices.get(path);
		if (device == null) {
			// a device we have not been told about (its adapter came back): ask for all
			this.refresh = true;
			this.watchdog.checkSoon();
			return;
		}
		if (device.merge(signal.getPropertiesChanged(), signal.getPropertiesRemoved())) {
			deliver(device);
		}
	}

	private void deliver(BluezDevice device) {
		Advertisement advertisement = device.advertisement(this.clock.instant());
		if (advertisement != null) {
			this.deliver.accept(advertisement);
		}
	}

}
