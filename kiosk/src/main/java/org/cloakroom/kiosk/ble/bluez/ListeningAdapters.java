package org.cloakroom.kiosk.ble.bluez;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.cloakroom.kiosk.ble.watchdog.ListenOnlyAdapters;
import org.cloakroom.kiosk.ble.watchdog.NotScanning;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.types.Variant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The adapters of one {@link BluezScan} that must not transmit: which of them BlueZ
 * offers the advertisement-monitor manager on, and the monitor registered on each. An
 * adapter that cannot listen is refused with what to do; it is never made to discover.
 */
final class ListeningAdapters {

	private static final Logger logger = LoggerFactory.getLogger(ListeningAdapters.class);

	private final ListenOnlyAdapters rule;

	private final Duration quietTimeout;

	/** Adapters that offer the monitor manager, and the monitor types it supports. */
	private final Map<String, List<String>> monitorTypes = new ConcurrentHashMap<>();

	/** Adapters listening through this connection's monitor. */
	private final Map<String, ListenOnlyRegistration> registrations = new ConcurrentHashMap<>();

	ListeningAdapters(ListenOnlyAdapters rule, Duration quietTimeout) {
		this.rule = rule;
		this.quietTimeout = quietTimeout;
	}

	boolean mustListen(String adapter) {
		return this.rule.listenOnly(adapter);
	}

	/** BlueZ offers the manager on the adapter at {@code path}, with these properties. */
	void managerAdded(String path, Map<String, Variant<?>> properties) {
		this.monitorTypes.put(path, BluezValues.strings(properties.get("SupportedMonitorTypes")));
	}

	/** The adapter, or its manager, has gone: so has its monitor. */
	void managerRemoved(String path) {
		this.monitorTypes.remove(path);
		ListenOnlyRegistration registration = this.registrations.remove(path);
		if (registration != null) {
			registration.withdraw();
		}
	}

	/**
	 * Makes the adapter listen passively, or says why it cannot.
	 * @param found told the path of each device the monitor finds
	 * @param released told when BlueZ lets a monitor go
	 */
	void ensureListening(DBusConnection connection, String path, String name, Consumer<String> found, Runnable released)
			throws DBusException, NotScanning {
		ListenOnlyRegistration registration = this.registrations.get(path);
		if (registration != null && !registration.released()) {
			return;
		}
		if (registration != null) {
			throw refused(name, "BlueZ released its listen-only monitor (the kernel or the controller refused it: "
					+ "advertisement monitors need Linux 5.10 or later); until it is registered again (after "
					+ this.quietTimeout.toSeconds() + " s of silence, or when bluetoothd restarts) it does not scan");
		}
		List<String> types = this.monitorTypes.get(path);
		if (types == null) {
			throw refused(name,
					"BlueZ offers no " + AdvertisementMonitorManager1.NAME + " on it: run bluetoothd "
							+ "with --experimental (or Experimental = true in /etc/bluetooth/main.conf), BlueZ 5.56 or "
							+ "later on Linux 5.10 or later; until then it does not scan");
		}
		if (!types.contains("or_patterns")) {
			throw refused(name, "BlueZ's monitor manager on it supports " + types
					+ ", not or_patterns: upgrade BlueZ; until then it does not scan");
		}
		try {
			this.registrations.put(path, ListenOnlyRegistration.register(connection, path, found, released));
			logger.debug("Listening passively on " + path);
		}
		catch (DBusExecutionException ex) {
			throw refused(name, "BlueZ refused its listen-only monitor (" + ex.getMessage() + "); it does not scan");
		}
	}

	private NotScanning refused(String name, String why) {
		return new NotScanning(this.rule.why(name) + ", so it may only listen, but " + why
				+ ", because a listen-only adapter never falls back to active discovery");
	}

	/** The cure for silence: the next check registers the adapter's monitor afresh. */
	void restart(String path) {
		ListenOnlyRegistration registration = this.registrations.remove(path);
		if (registration != null) {
			registration.unregister();
		}
	}

	/** bluetoothd or the connection has gone, and with it every registration. */
	void forget() {
		this.monitorTypes.clear();
		this.registrations.values().forEach(ListenOnlyRegistration::withdraw);
		this.registrations.clear();
	}

}
