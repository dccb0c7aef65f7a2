package org.cloakroom.kiosk.ble.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

import org.cloakroom.kiosk.ble.BleAddress;
import org.cloakroom.kiosk.ble.BleProperties;
import org.cloakroom.kiosk.ble.BleProperties.Placement;
import org.cloakroom.kiosk.ble.trace.TraceWriter;
import org.cloakroom.kiosk.ble.transport.AddressType;
import org.cloakroom.kiosk.ble.transport.Advertisement;
import org.cloakroom.kiosk.cli.FieldTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ble calibrate} on recorded traces: a reference device (a fixed address) held 1 m
 * in front of hci0, hci1 and hci2 and then at the kiosk's spot, 10 s each, packets every
 * 250 ms, each adapter reading a known median at each spot; a louder stranger beside it
 * all along.
 */
class CalibrateCommandTest {

	private static final BleAddress REFERENCE = BleAddress.parse("C0:FF:EE:00:00:01");

	private static final BleAddress STRANGER = BleAddress.parse("C0:FF:EE:00:00:02");

	private static final Instant T0 = Instant.parse("2026-12-07T08:00:00Z");

	/** Per spot (hci0's, hci1's, hci2's, the kiosk's), each adapter's median. */
	private static final int[][] MEDIANS = { { -63, -80, -90 }, { -78, -70, -88 }, { -85, -90, -52 },
			{ -55, -72, -86 } };

	@TempDir
	Path dir;

	private StringWriter out = new StringWriter();

	private StringWriter err = new StringWriter();

	private int run(String... args) {
		this.out = new StringWriter();
		this.err = new StringWriter();
		return FieldTools.commandLine(new PrintWriter(this.out, true), new PrintWriter(this.err, true)).execute(args);
	}

	private String[] calibrate(Path trace, Path file, String... more) {
		String[] base = { "ble", "calibrate", "--trace", trace.toString(), "--fixed", REFERENCE.toString(), "--adapter",
				"hci0=door", "--adapter", "hci1=lockers", "--adapter", "hci2=inside", "--seconds", "10", "--out",
				file.toString() };
		String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
		System.arraycopy(more, 0, args, base.length, more.length);
		return args;
	}

	@Test
	void writesEachAdaptersPlacementAndItsMedianAtItsSpotLessTheReferenceLevel() throws Exception {
		Path file = this.dir.resolve("adapters.properties");

		assertThat(run(calibrate(trace(40), file))).isZero();

		String written = Files.readString(file);
		assertThat(written.lines().filter((line) -> !line.startsWith("#"))).containsExactly(
				"cloakroom.ble.adapters.hci0=door", "cloakroom.ble.adapter-offsets.hci0=-4.0",
				"cloakroom.ble.adapters.hci1=lockers", "cloakroom.ble.adapter-offsets.hci1=-11.0",
				"cloakroom.ble.adapters.hci2=inside", "cloakroom.ble.adapter-offsets.hci2=7.0");
		assertThat(written).contains("# Reference device: address C0:FF:EE:00:00:01; reference level -59 dBm at 1 m")
			.contains("# 1 m in front of hci1: hci0 40 packets, median -78.0 dBm, spread 4.0 dB; "
					+ "hci1 40 packets, median -70.0 dBm, spread 4.0 dB; hci2 40 packets, median -88.0 dBm")
			.contains("# the kiosk's spot: hci0 40 packets, median -55.0 dBm")
			.doesNotContain("-40.0");
		assertThat(this.out.toString()).contains("hci1        lockers        40     -70.0      4.0    -11.0")
			.contains("Wrote " + file);
	}

	@Test
	void theWrittenFileIsWhatTheKioskImportsAndBindsAsBleProperties() {
		Path file = this.dir.resolve("adapters.properties");
		assertThat(run(calibrate(trace(40), file, "--reference-power", "-65"))).isZero();

		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Nothing.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run("--cloakroom.ble.adapter-calibration-file=" + file)) {
			BleProperties ble = Binder.get(context.getEnvironment()).bindOrCreate("cloakroom.ble", BleProperties.class);

			assertThat(ble.placements()).containsEntry("hci0", Placement.DOOR)
				.containsEntry("hci1", Placement.LOCKERS)
				.containsEntry("hci2", Placement.INSIDE);
			assertThat(ble.adapterOffsets()).isEqualTo(Map.of("hci0", 2.0, "hci1", -5.0, "hci2", 13.0));
			assertThat(ble.adapterCalibrationFile()).isEqualTo(file.toString());
		}
	}

	@Test
	void aKioskWithoutACalibrationFileStartsWithNoOffsets() {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Nothing.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run("--cloakroom.ble.adapter-calibration-file=" + this.dir.resolve("none.properties"))) {
			BleProperties ble = Binder.get(context.getEnvironment()).bindOrCreate("cloakroom.ble", BleProperties.class);

			assertThat(ble.adapterOffsets()).isEmpty();
		}
	}

	@Test
	void tooFewPacketsAtASpotNamesTheSpotAndTheCountsExitsOneAndWritesNothing() {
		Path file = this.dir.resolve("adapters.properties");

		assertThat(run(calibrate(trace(6), file))).isEqualTo(1);

		assertThat(this.err.toString().lines()).singleElement()
			.asString()
			.startsWith("error: Too few packets from the reference device at 1 m in front of hci1: hci1 heard 6 in "
					+ "10 s, needs 20")
			.contains("hci0 40 packets");
		assertThat(file).doesNotExist();
	}

	@Test
	void aReferenceDeviceThatIsNotAnIdentityIsOneLineNamingTheOptionAndExitTwo() {
		assertThat(run("ble", "calibrate", "--trace", trace(40).toString(), "--ibeacon", "not-a-uuid/1/2", "--adapter",
				"hci0=door", "--out", this.dir.resolve("a.properties").toString()))
			.isEqualTo(2);
		assertThat(this.err.toString().lines()).singleElement().asString().startsWith("error: --ibeacon: ");

		assertThat(run("ble", "calibrate", "--trace", trace(40).toString(), "--fixed", REFERENCE.toString(),
				"--adapter", "hci0=roof", "--out", this.dir.resolve("a.properties").toString()))
			.isEqualTo(2);
		assertThat(this.err.toString()).contains("--adapter hci0: placement must be door, lockers or inside");
	}

	/**
	 * The four spots, 10 s each; at hci1's spot hci1 hears {@code hci1AtItsSpot} packets
	 * (of 40).
	 */
	private Path trace(int hci1AtItsSpot) {
		Path file = this.dir.resolve("calibration-" + hci1AtItsSpot + ".jsonl");
		byte[] frame = HexFormat.of().parseHex("020106");
		try (TraceWriter writer = new TraceWriter(file, false)) {
			for (int spot = 0; spot < MEDIANS.length; spot++) {
				for (int packet = 0; packet < 40; packet++) {
					Instant at = T0.plusMillis(spot * 10_000L + packet * 250L + 5);
					for (int adapter = 0; adapter < 3; adapter++) {
						String name = "hci" + adapter;
						writer.write(Advertisement.ofRaw(at, name, STRANGER, AddressType.PUBLIC, -40, frame), null);
						if (spot == 1 && adapter == 1 && packet >= hci1AtItsSpot) {
							continue;
						}
						int rssi = MEDIANS[spot][adapter] + (packet % 3 - 1) * 2;
						writer.write(Advertisement.ofRaw(at, name, REFERENCE, AddressType.PUBLIC, rssi, frame), null);
					}
				}
			}
		}
		return file;
	}

	/** No beans: the environment is what is tested. */
	@Configuration(proxyBeanMethods = false)
	static class Nothing {

	}

}
