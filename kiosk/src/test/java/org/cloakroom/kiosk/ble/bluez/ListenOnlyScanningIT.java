package org.cloakroom.kiosk.ble.bluez;

import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cloakroom.kiosk.ble.BleProperties.Placement;
import org.cloakroom.kiosk.ble.BleProperties.RadioProperties;
import org.cloakroom.kiosk.ble.BluezStandIn;
import org.cloakroom.kiosk.ble.CollectingSink;
import org.cloakroom.kiosk.ble.StandInDevices;
import org.cloakroom.kiosk.ble.transport.AdapterHealth;
import org.cloakroom.kiosk.ble.transport.Advertisement;
import org.freedesktop.dbus.types.Variant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Listen-only scanning against the BlueZ stand-in with the advertisement-monitor manager:
 * an adapter placed inside registers a passive monitor and never discovers (discovery is
 * active scanning: the controller would send SCAN_REQ); one without the manager is
 * refused, and still never discovers; door adapters discover as before.
 */
class ListenOnlyScanningIT {

	private static final Duration DEADLINE = Duration.ofSeconds(10);

	/** Apple Continuity Nearby Info, as iPhones send it in the background. */
	private static final byte[] NEARBY = HexFormat.of().parseHex("1005031c");

	private static final Map<String, Placement> DOOR_AND_INSIDE = Map.of("hci0", Placement.DOOR, "hci1",
			Placement.INSIDE);

	private final CollectingSink sink = new CollectingSink();

	private final StandInDevices fresh = new StandInDevices();

	private BluezStandIn bluez;

	private BluezDbusTransport transport;

	@BeforeEach
	void startStandIn() throws Exception {
		this.bluez = BluezStandIn.start();
		this.bluez.addAdapter("hci0");
		this.bluez.addAdapter("hci1");
	}

	@AfterEach
	void stopAll() {
		if (this.transport != null) {
			this.transport.stop();
		}
		this.bluez.close();
	}

	private void start(Map<String, Placement> placements, boolean listenOnly, Duration quietTimeout) {
		this.transport = new BluezDbusTransport(new RadioProperties(Duration.ofMillis(200), quietTimeout,
				Duration.ofSeconds(10), this.bluez.address(), listenOnly), placements, Clock.systemUTC());
		this.transport.start(this.sink);
	}

	/**
	 * How often the watchdog restarted scanning after silence, from the health detail.
	 */
	private int quietRestarts() {
		Matcher restarts = Pattern.compile("restarted (\\d+) times").matcher(this.transport.health().detail());
		return restarts.find() ? Integer.parseInt(restarts.group(1)) : 0;
	}

	private void awaitHealth(String detail) {
		await(detail).atMost(DEADLINE)
			.untilAsserted(() -> assertThat(this.transport.health().detail()).isEqualTo(detail));
	}

	@Test
	void anInsideAdapterRegistersAMonitorAndNeverDiscoversWhileTheDoorAdapterDoes() throws Exception {
		this.bluez.addMonitorManager("hci1", "or_patterns");
		start(DOOR_AND_INSIDE, false, Duration.ofMinutes(1));

		awaitHealth("scanning on hci0, hci1 (passive)");
		assertThat(this.transport.health().scanning()).isTrue();
		assertThat(this.transport.health().adapters()).containsExactly(
				Map.entry("hci0", AdapterHealth.scanning("active")),
				Map.entry("hci1", AdapterHealth.scanning("passive")));
		assertThat(this.bluez.registeredMonitors("hci1")).singleElement().satisfies((registration) -> {
			assertThat(registration.getApplication()).isEqualTo("/org/cloakroom/kiosk/listen_only/hci1");
			assertThat(registration.getMonitors()).containsExactly("/org/cloakroom/kiosk/listen_only/hci1/monitor");
		});
		assertThat(this.bluez.adapterCalls("hci1", "StartDiscovery")).isZero();
		assertThat(this.bluez.adapterCalls("hci1", "SetDiscoveryFilter")).isZero();
		assertThat((Boolean) this.bluez.adapterProperty("hci1", "Discovering")).isFalse();
		assertThat(this.bluez.adapterCalls("hci0", "StartDiscovery")).isPositive();
		Map<String, ?> filter = this.bluez.adapterProperty("hci0", "DiscoveryFilter");
		assertThat(filter).extractingByKeys("Transport", "DuplicateData")
			.map((value) -> (value instanceof Variant<?> variant) ? variant.getValue() : value)
			.containsExactly("le", true);
	}

	@Test
	void silenceRestartsDiscoveryAtTheDoorAndRegistersTheMonitorAgainInside() throws Exception {
		this.bluez.addMonitorManager("hci1", "or_patterns");
		start(DOOR_AND_INSIDE, false, Duration.ofMillis(500));

		await().atMost(DEADLINE).untilAsserted(() -> {
			assertThat(quietRestarts()).isGreaterThanOrEqualTo(2);
			assertThat(this.bluez.adapterCalls("hci1", "RegisterMonitor")).isGreaterThanOrEqualTo(2);
		});

		assertThat(this.bluez.adapterCalls("hci1", "UnregisterMonitor")).isPositive();
		assertThat(this.bluez.adapterCalls("hci1", "StartDiscovery")).isZero();
		assertThat(this.bluez.adapterCalls("hci1", "StopDiscovery")).isZero();
		assertThat(this.bluez.adapterCalls("hci0", "StartDiscovery")).isGreaterThanOrEqualTo(3);
	}

	@Test
	void registersTheMonitorAgainWhenBluetoothdComesBack() throws Exception {
		this.bluez.addMonitorManager("hci1", "or_patterns");
		start(DOOR_AND_INSIDE, false, Duration.ofMinutes(1));
		awaitHealth("scanning on hci0, hci1 (passive)");

		this.bluez.killMock();
		await().atMost(DEADLINE).untilAsserted(() -> assertThat(this.transport.health().scanning()).isFalse());
		this.bluez.startMock();
		this.bluez.addAdapter("hci0");
		this.bluez.addAdapter("hci1");
		this.bluez.addMonitorManager("hci1", "or_patterns");

		awaitHealth("scanning on hci0, hci1 (passive)");
		assertThat(this.bluez.registeredMonitors("hci1")).hasSize(1);
		String phone = this.fresh.staticRandomAddress();
		assertThat(this.bluez.hear("hci1", phone, -70, 0x004C, NEARBY)).isTrue();
		await().atMost(DEADLINE)
			.untilAsserted(
					() -> assertThat(this.sink.from("hci1", phone)).extracting(Advertisement::rssi).contains(-70));
		assertThat(this.bluez.adapterCalls("hci1", "StartDiscovery")).isZero();
	}

	@Test
	void packetsHeardThroughTheMonitorReachTheSinkWithTheInsideAdaptersName() throws Exception {
		this.bluez.addMonitorManager("hci1", "or_patterns");
		start(DOOR_AND_INSIDE, false, Duration.ofMinutes(1));
		awaitHealth("scanning on hci0, hci1 (passive)");
		String phone = this.fresh.staticRandomAddress();

		assertThat(this.bluez.hear("hci1", phone, -63, 0x004C, NEARBY)).as("an Apple pattern matches").isTrue();
		assertThat(this.bluez.hear("hci1", phone, -58, 0x004C, NEARBY)).isTrue();

		await().atMost(DEADLINE)
			.untilAsserted(() -> assertThat(this.sink.from("hci1", phone)).last()
				.satisfies((ad) -> assertThat(ad.rssi()).isEqualTo(-58))
				.satisfies((ad) -> assertThat(ad.manufacturerData()).containsOnlyKeys(0x004C))
				.satisfies((ad) -> assertThat(ad.manufacturerData().get(0x004C)).isEqualTo(NEARBY)));
		assertThat(this.sink.from("hci1", phone)).extracting(Advertisement::rssi).contains(-63, -58);
		assertThat(this.sink.received()).extracting(Advertisement::adapter).containsOnly("hci1");
	}

	@Test
	void whatNoPatternMatchesIsNotHeard() throws Exception {
		this.bluez.addMonitorManager("hci1", "or_patterns");
		start(DOOR_AND_INSIDE, false, Duration.ofMinutes(1));
		awaitHealth("scanning on hci0, hci1 (passive)");

		assertThat(this.bluez.hear("hci1", this.fresh.publicAddress(), -60, 0x0075, new byte[] { 1, 2, 3 }))
			.as("Samsung's manufacturer data alone is no sign the kiosk decodes")
			.isFalse();
	}

	@Test
	void anInsideAdapterWithoutTheManagerIsRefusedAndStillDoesNotTransmit() throws Exception {
		start(DOOR_AND_INSIDE, false, Duration.ofMillis(500));

		// two quiet restarts: the watchdog has looked at hci1 many times since
		await().atMost(DEADLINE).untilAsserted(() -> assertThat(quietRestarts()).isGreaterThanOrEqualTo(2));
		String refusal = "hci1 is placed inside, so it may only listen, but BlueZ offers no "
				+ "org.bluez.AdvertisementMonitorManager1 on it: run bluetoothd with --experimental";
		assertThat(this.transport.health().scanning()).isTrue();
		assertThat(this.transport.health().detail()).startsWith("scanning on hci0, not hci1: " + refusal)
			.contains("never falls back to active discovery");
		assertThat(this.transport.health().adapters().get("hci1")).satisfies((hci1) -> {
			assertThat(hci1.scanning()).isEqualTo("none");
			assertThat(hci1.problem()).startsWith(refusal);
		});
		assertThat(this.bluez.adapterCalls("hci1", "StartDiscovery")).isZero();
		assertThat(this.bluez.adapterCalls("hci1", "SetDiscoveryFilter")).isZero();
		assertThat(this.bluez.adapterCalls("hci0", "StartDiscovery")).isPositive();
	}

	@Test
	void aMonitorBluezReleasesIsRefusedAndNotRetriedAtEveryCheckNorReplacedByDiscovery() throws Exception {
		this.bluez.addMonitorManager("hci1", "or_patterns");
		this.bluez.refuseMonitors("hci1");
		start(Map.of("hci1", Placement.INSIDE), false, Duration.ofMinutes(1));

		await().atMost(DEADLINE)
			.untilAsserted(() -> assertThat(this.transport.health().detail()).startsWith(
					"scanning on hci0, not hci1: hci1 is placed inside, so it may only listen, but BlueZ released "
							+ "its listen-only monitor (the kernel or the controller refused it"));
		assertThat(this.transport.health().adapters().get("hci1").scanning()).isEqualTo(AdapterHealth.NONE);
		assertThat(this.bluez.adapterCalls("hci1", "RegisterMonitor")).isEqualTo(1);
		assertThat(this.bluez.adapterCalls("hci1", "StartDiscovery")).isZero();
	}

	@Test
	void aManagerWithoutPatternMonitorsIsRefusedToo() throws Exception {
		this.bluez.addMonitorManager("hci1");
		start(Map.of("hci1", Placement.INSIDE), false, Duration.ofMinutes(1));

		await().atMost(DEADLINE)
			.untilAsserted(() -> assertThat(this.transport.health().detail()).contains("not or_patterns"));
		assertThat(this.bluez.adapterCalls("hci1", "StartDiscovery")).isZero();
		assertThat(this.bluez.registeredMonitors("hci1")).isEmpty();
	}

	@Test
	void listenOnlyMakesEveryAdapterPassiveAndIsDownWhereNoneCanListen() throws Exception {
		this.bluez.addMonitorManager("hci0", "or_patterns");
		start(Map.of("hci0", Placement.DOOR), true, Duration.ofMinutes(1));

		awaitHealth("scanning on hci0 (passive), not hci1: cloakroom.ble.radio.listen-only is on, so it may only "
				+ "listen, but BlueZ offers no org.bluez.AdvertisementMonitorManager1 on it: run bluetoothd with "
				+ "--experimental (or Experimental = true in /etc/bluetooth/main.conf), BlueZ 5.56 or later on "
				+ "Linux 5.10 or later; until then it does not scan, because a listen-only adapter never falls "
				+ "back to active discovery");
		assertThat(this.bluez.registeredMonitors("hci0")).hasSize(1);
		for (String adapter : new String[] { "hci0", "hci1" }) {
			assertThat(this.bluez.adapterCalls(adapter, "StartDiscovery")).as(adapter).isZero();
		}

		this.bluez.removeAdapter("hci0");
		await().atMost(DEADLINE).untilAsserted(() -> assertThat(this.transport.health().scanning()).isFalse());
		assertThat(this.transport.health().detail())
			.startsWith("no adapter is scanning (hci1: cloakroom.ble.radio.listen-only is on");
		assertThat(this.bluez.adapterCalls("hci1", "StartDiscovery")).isZero();
	}

}
