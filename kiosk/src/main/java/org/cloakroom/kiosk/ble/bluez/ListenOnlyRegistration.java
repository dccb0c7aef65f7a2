package org.cloakroom.kiosk.ble.bluez;

import java.util.List;
import java.util.function.Consumer;

import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.exceptions.DBusExecutionException;

/**
 * One adapter listening passively: the monitor exported on the kiosk's connection and
 * registered with the adapter's {@code AdvertisementMonitorManager1}. BlueZ forgets it
 * when the connection closes.
 */
final class ListenOnlyRegistration {

	private static final String ROOT = "/org/cloakroom/kiosk/listen_only/";

	private final DBusConnection connection;

	private final String adapterPath;

	private final MonitorApplication application;

	private final ListenOnlyMonitor monitor;

	private volatile boolean released;

	private ListenOnlyRegistration(DBusConnection connection, String adapterPath, String adapter,
			Consumer<String> found, Runnable released) {
		this.connection = connection;
		this.adapterPath = adapterPath;
		this.monitor = new ListenOnlyMonitor(ROOT + adapter + "/monitor", ListenOnlyPatterns.ALL, found, () -> {
			this.released = true;
			released.run();
		});
		this.application = new MonitorApplication(ROOT + adapter, this.monitor);
	}

	/**
	 * Exports the monitor and registers it on the adapter at {@code adapterPath}.
	 * @param found told the path of each device the monitor finds
	 * @param released told when BlueZ lets the monitor go
	 */
	static ListenOnlyRegistration register(DBusConnection connection, String adapterPath, Consumer<String> found,
			Runnable released) throws DBusException {
		ListenOnlyRegistration registration = new ListenOnlyRegistration(connection, adapterPath,
				BluezDevice.adapterOf(adapterPath), found, released);
		registration.export();
		try {
			registration.manager().RegisterMonitor(new DBusPath(registration.application.getObjectPath()));
		}
		catch (DBusExecutionException ex) {
			registration.unexport();
			throw ex;
		}
		return registration;
	}

	private void export() throws DBusException {
		this.connection.exportObject(this.application.getObjectPath(), this.application);
		this.connection.exportObject(this.monitor.getObjectPath(), this.monitor);
	}

	private AdvertisementMonitorManager1 manager() throws DBusException {
		return this.connection.getRemoteObject(BluezScan.BLUEZ, this.adapterPath, AdvertisementMonitorManager1.class);
	}

	/** BlueZ let the monitor go: the kernel or the controller refused its patterns. */
	boolean released() {
		return this.released;
	}

	boolean active() {
		return this.monitor.active();
	}

	/** Unregisters (if BlueZ still holds it) and withdraws the exported objects. */
	void unregister() {
		if (this.connection.isConnected()) {
			try {
				manager().UnregisterMonitor(new DBusPath(this.application.getObjectPath()));
			}
			catch (DBusException | DBusExecutionException ex) {
				// the adapter or BlueZ has gone, or already let the monitor go
			}
			unexport();
		}
	}

	/** Withdraws the exported objects only: BlueZ or the adapter has gone already. */
	void withdraw() {
		if (this.connection.isConnected()) {
			unexport();
		}
	}

	private void unexport() {
		for (String path : List.of(this.monitor.getObjectPath(), this.application.getObjectPath())) {
			this.connection.unExportObject(path);
		}
	}

}
