package org.cloakroom.kiosk.ble.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.cloakroom.kiosk.ble.BluezStandIn;
import org.cloakroom.kiosk.ble.StandInDevices;
import org.cloakroom.kiosk.cli.FieldTools;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code ble calibrate --backend bluez-dbus --yes} against the BlueZ stand-in: the
 * reference device's RSSI changes while its spot is recorded, a stranger's too.
 */
class CalibrateCommandBluezIT {

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	private final StandInDevices fresh = new StandInDevices();

	private BluezStandIn bluez;

	@TempDir
	Path dir;

	@BeforeEach
	void startStandIn() throws Exception {
		this.bluez = BluezStandIn.start();
	}

	@AfterEach
	void stopStandIn() {
		this.bluez.close();
	}

	@Test
	void recordsTheReferenceDeviceAtItsSpotAndWritesTheAdaptersOffset() throws Exception {
		this.bluez.addAdapter("hci0");
		String reference = this.fresh.publicAddress();
		String stranger = this.fresh.publicAddress();
		this.bluez.addDevice("hci0", reference);
		this.bluez.addDevice("hci0", stranger);
		// what BlueZ already holds may be reported once more as the scan starts: the
		// middle value, so the median is the same with it or without
		this.bluez.setRssi("hci0", reference, -62);
		Path file = this.dir.resolve("adapters.properties");

		CompletableFuture<Integer> exit = CompletableFuture
			.supplyAsync(() -> FieldTools.commandLine(new PrintWriter(this.out, true), new PrintWriter(this.err, true))
				.execute("ble", "calibrate", "--backend", "bluez-dbus", "--bus-address", this.bluez.address(),
						"--fixed", reference, "--adapter", "hci0=door", "--no-kiosk-spot", "--yes", "--seconds", "5",
						"--min-packets", "5", "--out", file.toString()));
		await().atMost(Duration.ofSeconds(10)).until(() -> this.out.toString().contains("Recording"));
		// BlueZ signals RSSI only when it changes: each value differs from the one before
		for (int rssi : new int[] { -60, -62, -64, -61, -63, -65, -62 }) {
			this.bluez.setRssi("hci0", reference, rssi);
			this.bluez.setRssi("hci0", stranger, rssi + 30);
		}

		assertThat(exit.get(30, TimeUnit.SECONDS)).as(this.err.toString()).isZero();
		assertThat(Files.readString(file))
			.contains("cloakroom.ble.adapters.hci0=door", "cloakroom.ble.adapter-offsets.hci0=-3.0")
			.containsPattern("# 1 m in front of hci0: hci0 [78] packets, median -62.0 dBm");
	}

	@Test
	void anAdapterPlacedInsideIsCalibratedWithoutTransmitting() throws Exception {
		this.bluez.addAdapter("hci1");
		String reference = this.fresh.publicAddress();
		this.bluez.addDevice("hci1", reference);

		int exit = FieldTools.commandLine(new PrintWriter(this.out, true), new PrintWriter(this.err, true))
			.execute("ble", "calibrate", "--backend", "bluez-dbus", "--bus-address", this.bluez.address(), "--fixed",
					reference, "--adapter", "hci1=inside", "--no-kiosk-spot", "--yes", "--seconds", "5",
					"--min-packets", "5", "--out", this.dir.resolve("adapters.properties").toString());

		assertThat(exit).as("this BlueZ offers no advertisement monitor, so hci1 cannot listen").isNotZero();
		assertThat(this.bluez.adapterCalls("hci1", "StartDiscovery")).as("it never falls back to discovery").isZero();
		assertThat(this.dir.resolve("adapters.properties")).doesNotExist();
	}

}
