package org.cloakroom.kiosk.ble;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.DBus;
import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.types.UInt16;
import org.freedesktop.dbus.types.Variant;
import org.springframework.util.FileSystemUtils;

import static org.awaitility.Awaitility.await;

/**
 * A BlueZ stand-in for tests: a private {@code dbus-daemon} configured like a system bus,
 * with python3-dbusmock's {@code bluez5} template on it (extended by
 * {@code bluez5_monitors.py} with the advertisement-monitor manager), driven through
 * {@code org.bluez.Mock} and {@code org.freedesktop.DBus.Properties.Set} (which emits
 * PropertiesChanged itself; dbusmock 0.28's UpdateProperties cannot wrap dictionaries).
 * Fails, never skips, when Debian's {@code dbus} or {@code python3-dbusmock} is missing.
 * {@link #close()} kills every process it started.
 */
public final class BluezStandIn implements AutoCloseable {

	private static final String DAEMON = "/usr/bin/dbus-daemon";

	private static final String PYTHON = "/usr/bin/python3";

	/** bluez5 plus {@code org.bluez.AdvertisementMonitorManager1}, a test resource. */
	private static final String TEMPLATE = "bluez5_monitors.py";

	private static final String CONFIG = """
			<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
			 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
			<busconfig>
			  <type>system</type>
			  <listen>unix:dir=%s</listen>
			  <auth>EXTERNAL</auth>
			  <policy context="default">
			    <allow user="*"/>
			    <allow own="*"/>
			    <allow send_type="method_call"/>
			    <allow send_type="signal"/>
			    <allow send_requested_reply="true" send_type="method_return"/>
			    <allow send_requested_reply="true" send_type="error"/>
			    <allow receive_type="method_call"/>
			    <allow receive_type="method_return"/>
			    <allow receive_type="error"/>
			    <allow receive_type="signal"/>
			  </policy>
			</busconfig>
			""";

	private final Path directory;

	private final Process daemon;

	private final String address;

	private final DBusConnection driver;

	private final List<Process> mocks = new ArrayList<>();

	private Process mock;

	private BluezStandIn(Path directory, Process daemon, String address) throws DBusException {
		this.directory = directory;
		this.daemon = daemon;
		this.address = address;
		this.driver = DBusConnectionBuilder.forAddress(address).withShared(false).build();
	}

	/** Starts the bus and the mock (with no adapters yet). */
	public static BluezStandIn start() throws IOException, DBusException {
		requireDebianPackages();
		Path directory = Files.createTempDirectory("bluez-stand-in");
		Path config = directory.resolve("system-bus.conf");
		Files.writeString(config, CONFIG.formatted(directory));
		Process daemon = new ProcessBuilder(DAEMON, "--config-file=" + config, "--nofork", "--print-address=1")
			.redirectError(directory.resolve("dbus-daemon.log").toFile())
			.start();
		String address = new BufferedReader(new InputStreamReader(daemon.getInputStream(), StandardCharsets.UTF_8))
			.readLine();
		if (address == null || !address.startsWith("unix:")) {
			daemon.destroyForcibly();
			throw new IllegalStateException("dbus-daemon printed no address; see " + directory);
		}
		BluezStandIn standIn = new BluezStandIn(directory, daemon, address.strip());
		try {
			standIn.startMock();
		}
		catch (RuntimeException | IOException ex) {
			standIn.close();
			throw ex;
		}
		return standIn;
	}

	private static void requireDebianPackages() throws IOException {
		if (!Files.isExecutable(Path.of(DAEMON))) {
			throw new AssertionError(DAEMON + " is missing: install the Debian package 'dbus' (apt-get install dbus)");
		}
		try {
			Process probe = new ProcessBuilder(PYTHON, "-c", "import dbusmock").redirectErrorStream(true).start();
			if (!probe.waitFor(30, TimeUnit.SECONDS) || probe.exitValue() != 0) {
				throw new AssertionError(PYTHON + " cannot import dbusmock: install the Debian package "
						+ "'python3-dbusmock' (apt-get install python3-dbusmock)");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while looking for python3-dbusmock", ex);
		}
	}

	/** The bus address, as {@code DBUS_SYSTEM_BUS_ADDRESS} would hold it. */
	public String address() {
		return this.address;
	}

	/**
	 * Starts python3-dbusmock's bluez5 template, with the monitor manager's extension,
	 * and waits until it owns org.bluez.
	 */
	public void startMock() throws IOException {
		Path template = this.directory.resolve(TEMPLATE);
		if (!Files.exists(template)) {
			try (InputStream source = BluezStandIn.class.getResourceAsStream(TEMPLATE)) {
				if (source == null) {
					throw new IllegalStateException(TEMPLATE + " is missing beside " + BluezStandIn.class.getName());
				}
				Files.copy(source, template);
			}
		}
		ProcessBuilder builder = new ProcessBuilder(PYTHON, "-m", "dbusmock", "--system", "--template",
				template.toString())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(this.directory.resolve("dbusmock.log").toFile()));
		builder.environment().put("DBUS_SYSTEM_BUS_ADDRESS", this.address);
		this.mock = builder.start();
		this.mocks.add(this.mock);
		await("org.bluez on the stand-in bus").atMost(Duration.ofSeconds(20)).until(this::bluezPresent);
	}

	/**
	 * Starts another of python3-dbusmock's templates on the same bus (e.g.
	 * {@code timedated}, standing in for systemd-timedated) with its JSON parameters, and
	 * waits until it owns {@code busName}; {@link #close()} kills it with the rest.
	 */
	public void startTemplate(String template, String busName, String parameters) throws IOException {
		ProcessBuilder builder = new ProcessBuilder(PYTHON, "-m", "dbusmock", "--system", "--template", template, "-p",
				parameters)
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(this.directory.resolve(template + ".log").toFile()));
		builder.environment().put("DBUS_SYSTEM_BUS_ADDRESS", this.address);
		this.mocks.add(builder.start());
		await(busName + " on the stand-in bus").atMost(Duration.ofSeconds(20))
			.until(() -> this.driver.getRemoteObject("org.freedesktop.DBus", "/org/freedesktop/DBus", DBus.class)
				.NameHasOwner(busName));
	}

	/**
	 * Sets a property of a mock object, which emits PropertiesChanged as the real service
	 * would.
	 */
	public void setProperty(String busName, String path, String iface, String property, Object value)
			throws DBusException {
		this.driver.getRemoteObject(busName, path, Properties.class).Set(iface, property, new Variant<>(value));
	}

	/** Kills the mock as bluetoothd would crash, and waits until org.bluez has gone. */
	public void killMock() {
		this.mock.destroyForcibly();
		await("org.bluez gone").atMost(Duration.ofSeconds(20)).until(() -> !bluezPresent());
	}

	public boolean bluezPresent() throws DBusException {
		return this.driver.getRemoteObject("org.freedesktop.DBus", "/org/freedesktop/DBus", DBus.class)
			.NameHasOwner("org.bluez");
	}

	public void addAdapter(String name) throws DBusException {
		mock().AddAdapter(name, "cloakroom-test");
	}

	public void removeAdapter(String name) throws DBusException {
		mock().RemoveAdapter(name);
	}

	/**
	 * Offers {@code org.bluez.AdvertisementMonitorManager1} on the adapter, as bluetoothd
	 * does when run with {@code --experimental}.
	 */
	public void addMonitorManager(String adapter, String... monitorTypes) throws DBusException {
		mock().AddMonitorManager(adapter, List.of(monitorTypes));
	}

	/**
	 * From now on the adapter releases every monitor registered, as bluetoothd does when
	 * the kernel refuses its patterns.
	 */
	public void refuseMonitors(String adapter) throws DBusException {
		mock().RefuseMonitors(adapter);
	}

	/** The monitors registered on the adapter, as the mock accepted them. */
	public List<BluezMock.Registration> registeredMonitors(String adapter) throws DBusException {
		return mock().RegisteredMonitors(adapter);
	}

	/**
	 * Plays an advertisement with manufacturer data to the adapter's monitors.
	 * @return whether a registered monitor's pattern matched it (only then is it heard)
	 */
	public boolean hear(String adapter, String address, int rssi, int company, byte[] data) throws DBusException {
		return mock().HearAdvertisement(adapter, address, (short) rssi, new UInt16(company), data);
	}

	/** How often the mock's adapter received {@code method} (e.g. StartDiscovery). */
	public int adapterCalls(String adapter, String method) throws DBusException {
		return this.driver.getRemoteObject("org.bluez", "/org/bluez/" + adapter, MockCalls.class)
			.GetMethodCalls(method)
			.size();
	}

	public void addDevice(String adapter, String address) throws DBusException {
		mock().AddDevice(adapter, address, "device " + address);
	}

	public void setRssi(String adapter, String address, int rssi) throws DBusException {
		set(adapter, address, "RSSI", new Variant<>((short) rssi));
	}

	public void setTxPower(String adapter, String address, int txPower) throws DBusException {
		set(adapter, address, "TxPower", new Variant<>((short) txPower));
	}

	public void setAddressType(String adapter, String address, String type) throws DBusException {
		set(adapter, address, "AddressType", new Variant<>(type));
	}

	public void setManufacturerData(String adapter, String address, int company, byte[] data) throws DBusException {
		set(adapter, address, "ManufacturerData",
				new Variant<>(Map.of(new UInt16(company), new Variant<>(data)), "a{qv}"));
	}

	public void setServiceData(String adapter, String address, String uuid, byte[] data) throws DBusException {
		set(adapter, address, "ServiceData", new Variant<>(Map.of(uuid, new Variant<>(data)), "a{sv}"));
	}

	private void set(String adapter, String address, String property, Variant<?> value) throws DBusException {
		devicePropertiesOf(adapter, address).Set("org.bluez.Device1", property, value);
	}

	/** A property of {@code org.bluez.Adapter1} on the mock, as dbus-java reads it. */
	@SuppressWarnings("unchecked")
	public <T> T adapterProperty(String adapter, String property) throws DBusException {
		Object value = this.driver.getRemoteObject("org.bluez", "/org/bluez/" + adapter, Properties.class)
			.Get("org.bluez.Adapter1", property);
		return (T) ((value instanceof Variant<?> variant) ? variant.getValue() : value);
	}

	/** The Properties of a mock device, for drivers that set properties in a loop. */
	public Properties devicePropertiesOf(String adapter, String address) throws DBusException {
		return this.driver.getRemoteObject("org.bluez", devicePath(adapter, address), Properties.class);
	}

	public static String devicePath(String adapter, String address) {
		return "/org/bluez/" + adapter + "/dev_" + address.replace(':', '_').toUpperCase(java.util.Locale.ROOT);
	}

	private BluezMock mock() throws DBusException {
		return this.driver.getRemoteObject("org.bluez", "/", BluezMock.class);
	}

	@Override
	public void close() {
		this.driver.disconnect();
		this.mocks.forEach(BluezStandIn::kill);
		kill(this.daemon);
		FileSystemUtils.deleteRecursively(this.directory.toFile());
	}

	private static void kill(Process process) {
		process.descendants().forEach(ProcessHandle::destroyForcibly);
		process.destroyForcibly();
		try {
			process.waitFor(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
