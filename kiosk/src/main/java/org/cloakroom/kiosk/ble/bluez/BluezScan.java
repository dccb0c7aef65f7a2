package org.cloakroom.kiosk.ble.bluez;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.bluez.Adapter1;
import org.cloakroom.kiosk.ble.transport.AdapterHealth;
import org.cloakroom.kiosk.ble.transport.Advertisement;
import org.cloakroom.kiosk.ble.watchdog.ListenOnlyAdapters;
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
 * after it breaks) and what it knows of {@code org.bluez}: its adapters and its devices.
 * Door-side adapters discover with the LE filter, duplicate data on; adapters that must
 * not transmit listen through a passive advertisement monitor instead, or do not scan.
 * Signals arrive on dbus-java's one signal thread; method calls run on the watchdog's
 * thread.
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

	private final ListeningAdapters listening;

	private final Clock clock;

	private final Consumer<Advertisement> deliver;

	private final ScanWatchdog watchdog;

	private final Map<String, String> adapters = new ConcurrentHashMap<>();

	/** Adapters where this connection started discovery (BlueZ ends it when we leave). */
	private final Set<String> discovering = ConcurrentHashMap.newKeySet();

	private final Map<String, BluezDevice> devices = new ConcurrentHashMap<>();

	/** The last refusal logged per adapter, so that each is logged once. */
	private final Map<String, String> refusals = new ConcurrentHashMap<>();

	private volatile Map<String, AdapterHealth> health = Map.of();

	private final List<AutoCloseable> handlers = new ArrayList<>();

	private DBusConnection connection;

	private volatile boolean refresh = true;

	BluezScan(BusAddress bus, ListenOnlyAdapters listenOnly, Duration quietTimeout, Clock clock,
			Consumer<Advertisement> deliver, ScanWatchdog watchdog) {
		this.bus = bus;
		this.listening = new ListeningAdapters(listenOnly, quietTimeout);
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
			this.health = Map.of();
			throw new NotScanning("org.bluez has no Bluetooth adapter");
		}
		return startWhereStopped();
	}

	@Override
	public Map<String, AdapterHealth> adapters() {
		return this.health;
	}

	private List<String> startWhereStopped() throws NotScanning {
		List<String> scanning = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		Map<String, AdapterHealth> health = new LinkedHashMap<>();
		for (Map.Entry<String, String> adapter : new TreeMap<>(this.adapters).entrySet()) {
			String name = adapter.getValue();
			try {
				if (this.listening.mustListen(name)) {
					this.listening.ensureListening(this.connection, adapter.getKey(), name, this::deviceFound,
							this.watchdog::checkSoon);
					scanning.add(name + " (passive)");
					health.put(name, AdapterHealth.scanning(AdapterHealth.PASSIVE));
				}
				else {
					discover(adapter.getKey());
					scanning.add(name);
					health.put(name, AdapterHealth.scanning(AdapterHealth.ACTIVE));
				}
				this.refusals.remove(name);
			}
			catch (DBusException | DBusExecutionException ex) {
				this.discovering.remove(adapter.getKey());
				problems.add(name + ": " + ex.getMessage());
				health.put(name, AdapterHealth.notScanning(ex.getMessage()));
			}
			catch (NotScanning ex) {
				problems.add(name + ": " + ex.getMessage());
				health.put(name, AdapterHealth.notScanning(ex.getMessage()));
				if (!ex.getMessage().equals(this.refusals.put(name, ex.getMessage()))) {
					logger.warn("BLE adapter " + name + " does not scan: " + ex.getMessage());
				}
			}
		}
		this.health = health;
		if (scanning.isEmpty()) {
			throw new NotScanning("no adapter is scanning (" + String.join("; ", problems) + ")");
		}
		problems.forEach((problem) -> scanning.add("not " + problem));
		return scanning;
	}

	private void discover(String path) throws DBusException {
		if (!this.discovering.contains(path) || !isDiscovering(path)) {
			startDiscovery(path);
		}
	}

	/** On dbus-java's method-call thread: a device BlueZ did not announce to us yet. */
	private void deviceFound(String path) {
		if (!this.devices.containsKey(path)) {
			this.refresh = true;
			this.watchdog.checkSoon();
		}
	}

	/**
	 * Discovery again on door-side adapters; passive adapters register their monitor
	 * again at the next check (never discovery).
	 */
	@Override
	public void restartDiscovery() throws DBusException {
		for (String path : this.adapters.keySet()) {
			if (this.listening.mustListen(this.adapters.get(path))) {
				this.listening.restart(path);
				continue;
			}
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
		this.health = Map.of();
		this.adapters.clear();
		this.discovering.clear();
		this.devices.clear();
		this.listening.forget();
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
		if (this.listening.mustListen(BluezDevice.adapterOf(path))) {
			// the last guard: discovery is active scanning, which a listen-only adapter
			// never does
			throw new IllegalStateException(path + " must not transmit, yet discovery was about to start on it");
		}
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
		if (signal.getInterfaces().containsKey(ADAPTER)
				|| signal.getInterfaces().containsKey(AdvertisementMonitorManager1.NAME)) {
			this.watchdog.checkSoon();
		}
	}

	private void interfacesAdded(String path, Map<String, Map<String, Variant<?>>> interfaces) {
		if (interfaces.containsKey(ADAPTER)) {
			this.adapters.put(path, BluezDevice.adapterOf(path));
		}
		Map<String, Variant<?>> manager = interfaces.get(AdvertisementMonitorManager1.NAME);
		if (manager != null) {
			this.listening.managerAdded(path, manager);
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
		if (signal.getInterfaces().contains(ADAPTER)
				|| signal.getInterfaces().contains(AdvertisementMonitorManager1.NAME)) {
			this.listening.managerRemoved(path);
			this.watchdog.checkSoon();
		}
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
