package org.cloakroom.kiosk.ble.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.cloakroom.kiosk.ble.BleIdentity;
import org.cloakroom.kiosk.ble.BleProperties.Placement;
import org.cloakroom.kiosk.ble.trace.TraceEntry;
import org.cloakroom.kiosk.ble.trace.TraceReader;
import org.cloakroom.kiosk.ble.transport.Advertisement;
import org.cloakroom.kiosk.ble.transport.AdvertisementSink;
import org.cloakroom.kiosk.ble.transport.Availability;
import org.cloakroom.kiosk.ble.watchdog.WatchedTransport;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ble calibrate}: the adapter calibration at installation. The installer holds a
 * reference device 1 m in front of each adapter in turn, then at the kiosk's spot, for
 * {@code --seconds} each; every adapter's median there, less the reference level
 * ({@code reference-power-dbm} at 1 m), is its offset. Writes the properties file the
 * kiosk imports (placements and offsets) and prints what was measured. Listens with a
 * real transport as {@code ble scan} does, or plays a trace ({@code --trace}: spot
 * {@code k} is the trace's {@code k}-th stretch of {@code --seconds}, after
 * {@code --walk-seconds} of walking, from its first line).
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
		description = "Measure each adapter's offset with a reference device at marked spots and write the "
				+ "adapter calibration the kiosk imports.")
final class CalibrateCommand implements Callable<Integer> {

	/** When the calibration was made, as the file's comment says it. */
	private final Clock clock;

	@Spec
	private CommandSpec spec;

	@ArgGroup(exclusive = true, multiplicity = "1")
	private Source source;

	@ArgGroup(exclusive = true, multiplicity = "1", heading = "The reference device, by one identity:%n")
	private ReferenceDevice reference;

	@Option(names = "--adapter", required = true, paramLabel = "name=door|lockers|inside",
			description = "An adapter to calibrate and where it is placed, in the order the spots are visited.")
	private Map<String, String> adapters = new LinkedHashMap<>();

	@Option(names = "--seconds", defaultValue = "20", paramLabel = "N",
			description = "How long to record at each spot, 5 to 600 (default: ${DEFAULT-VALUE}).")
	private int seconds;

	@Option(names = "--min-packets", defaultValue = "20", paramLabel = "N",
			description = "Packets an adapter must hear at its spot, at least 5 (default: ${DEFAULT-VALUE}).")
	private int minPackets;

	@Option(names = "--walk-seconds", defaultValue = "0", paramLabel = "N",
			description = "Time left to walk to each spot before recording, 0 to 600 (default: ${DEFAULT-VALUE}).")
	private int walkSeconds;

	@Option(names = "--no-kiosk-spot", description = "Skip the last spot, the kiosk's (where employees badge).")
	private boolean noKioskSpot;

	@Option(names = "--reference-power", defaultValue = "-59", paramLabel = "DBM",
			description = "What the reference device reads at 1 m from the reference adapter: "
					+ "cloakroom.ble.proximity.reference-power-dbm (default: ${DEFAULT-VALUE}).")
	private int referencePower;

	@Option(names = "--out", defaultValue = "/etc/cloakroom/adapters.properties", paramLabel = "FILE",
			description = "The calibration file to write, replaced (default: ${DEFAULT-VALUE}).")
	private Path out;

	@Option(names = { "--yes", "-y" }, description = "Do not wait for Enter before each spot (scripts).")
	private boolean yes;

	@Option(names = "--bus-address", paramLabel = "ADDRESS",
			description = "The D-Bus system bus for bluez-dbus (default: DBUS_SYSTEM_BUS_ADDRESS).")
	private String busAddress = "";

	/** Where the packets come from. */
	static final class Source {

		@Option(names = "--backend", paramLabel = "tinyb|bluez-dbus", description = "Listen with this backend.")
		String backend;

		@Option(names = "--trace", paramLabel = "FILE", description = "Play this recorded trace instead.")
		Path trace;

	}

	CalibrateCommand() {
		this(Clock.systemUTC());
	}

	CalibrateCommand(Clock clock) {
		this.clock = clock;
	}

	@Override
	public Integer call() throws InterruptedException {
		Map<String, Placement> placements = placements();
		checkNumbers();
		BleIdentity identity;
		try {
			identity = this.reference.identity();
		}
		catch (IllegalArgumentException ex) {
			throw new ParameterException(this.spec.commandLine(), ex.getMessage());
		}
		List<CalibrationSpot> spots = new ArrayList<>();
		placements.keySet().forEach((adapter) -> spots.add(CalibrationSpot.inFrontOf(adapter)));
		if (!this.noKioskSpot) {
			spots.add(CalibrationSpot.kiosk());
		}
		ReferenceDevice.Matcher matcher = ReferenceDevice.matcher(identity);
		if (this.source.trace != null) {
			playTrace(spots, matcher);
		}
		else {
			listen(spots, matcher, placements);
		}
		Map<String, Double> offsets = new LinkedHashMap<>();
		for (CalibrationSpot spot : spots) {
			if (spot.adapter() != null) {
				offsets.put(spot.adapter(), spot.levels().get(spot.adapter()).medianDbm() - this.referencePower);
			}
		}
		AdapterCalibrationFile.write(this.out, AdapterCalibrationFile.text(this.clock.instant(), identity.describe(),
				this.referencePower, this.seconds, placements, offsets, spots));
		CalibrationReport.print(this.spec.commandLine().getOut(), placements, offsets, spots, this.out);
		return 0;
	}

	private void playTrace(List<CalibrationSpot> spots, ReferenceDevice.Matcher matcher) {
		if (!Files.isReadable(this.source.trace)) {
			throw new ParameterException(this.spec.commandLine(), "Cannot read the trace " + this.source.trace);
		}
		long spotMillis = Duration.ofSeconds(this.seconds).toMillis();
		long walkMillis = Duration.ofSeconds(this.walkSeconds).toMillis();
		Instant first = null;
		try (TraceReader reader = new TraceReader(this.source.trace)) {
			TraceEntry entry;
			while ((entry = reader.next()) != null) {
				Advertisement ad = entry.advertisement();
				first = (first == null) ? ad.time() : first;
				long since = Duration.between(first, ad.time()).toMillis();
				int index = (int) (since / (walkMillis + spotMillis));
				boolean recording = since % (walkMillis + spotMillis) >= walkMillis;
				if (index < spots.size() && recording && matcher.matches(ad)) {
					spots.get(index).heard(ad.adapter(), ad.rssi());
				}
			}
		}
		for (CalibrationSpot spot : spots) {
			checkHeardEnough(spot);
		}
	}

	/**
	 * Listens as the kiosk would: adapters placed inside listen without transmitting, so
	 * calibrating an accredited space sends nothing into it.
	 */
	private void listen(List<CalibrationSpot> spots, ReferenceDevice.Matcher matcher, Map<String, Placement> placements)
			throws InterruptedException {
		WatchedTransport transport = FieldTransport.of(this.source.backend, this.busAddress, false, placements,
				this.spec.commandLine());
		Availability availability = transport.availability();
		if (!availability.usable()) {
			throw new IllegalStateException(this.source.backend + " cannot scan here: " + availability.detail());
		}
		Recorder recorder = new Recorder(matcher);
		PrintWriter out = this.spec.commandLine().getOut();
		BufferedReader installer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
		transport.start(recorder);
		try {
			for (CalibrationSpot spot : spots) {
				out.printf("Hold the reference device %s, still, at chest height%s.%n", spot.name(),
						this.yes ? "" : ", then press Enter");
				if (!this.yes) {
					awaitEnter(installer, spot);
				}
				Thread.sleep(Duration.ofSeconds(this.walkSeconds).toMillis());
				out.printf("Recording %d s at %s ...%n", this.seconds, spot.name());
				recorder.recordInto(spot);
				Thread.sleep(Duration.ofSeconds(this.seconds).toMillis());
				recorder.recordInto(null);
				checkHeardEnough(spot);
				out.printf("  %s%n", AdapterCalibrationFile.describe(spot.levels()));
			}
		}
		finally {
			transport.stop();
		}
	}

	private static void awaitEnter(BufferedReader installer, CalibrationSpot spot) {
		try {
			if (installer.readLine() == null) {
				throw new IllegalStateException("Nobody to confirm " + spot.name()
						+ ": standard input is closed (pass --yes to record each spot without waiting)");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the installer's Enter: " + ex.getMessage(), ex);
		}
	}

	/**
	 * An adapter's own spot must have {@code --min-packets} from it; the kiosk's spot is
	 * reported whatever it heard.
	 */
	private void checkHeardEnough(CalibrationSpot spot) {
		if (spot.adapter() == null) {
			return;
		}
		int heard = spot.packets(spot.adapter());
		if (heard < this.minPackets) {
			throw new IllegalStateException(String.format(Locale.ROOT,
					"Too few packets from the reference device at %s: %s heard %d in %d s, needs %d (heard there: %s); "
							+ "check the device is advertising and the spot, then run again",
					spot.name(), spot.adapter(), heard, this.seconds, this.minPackets,
					AdapterCalibrationFile.describe(spot.levels())));
		}
	}

	/** The adapters as given; a name must be safe as a key of the file written. */
	private Map<String, Placement> placements() {
		this.adapters.keySet()
			.stream()
			.filter((adapter) -> !adapter.matches("[A-Za-z0-9_-]+"))
			.findFirst()
			.ifPresent((adapter) -> {
				throw new ParameterException(this.spec.commandLine(),
						"--adapter '" + adapter + "': a name is letters, digits, '_' and '-' (as hci0)");
			});
		return Placements.given(this.adapters, this.spec.commandLine());
	}

	private void checkNumbers() {
		range("--seconds", this.seconds, 5, 600);
		range("--min-packets", this.minPackets, 5, 1_000_000);
		range("--walk-seconds", this.walkSeconds, 0, 600);
		range("--reference-power", this.referencePower, -110, -20);
	}

	private void range(String option, int value, int min, int max) {
		if (value < min || value > max) {
			throw new ParameterException(this.spec.commandLine(),
					option + " must be between " + min + " and " + max + ", got " + value);
		}
	}

	/** Hands the reference device's packets to the spot being recorded, if any. */
	private static final class Recorder implements AdvertisementSink {

		private final ReferenceDevice.Matcher matcher;

		private CalibrationSpot spot;

		Recorder(ReferenceDevice.Matcher matcher) {
			this.matcher = matcher;
		}

		synchronized void recordInto(CalibrationSpot spot) {
			this.spot = spot;
		}

		@Override
		public synchronized void accept(Advertisement advertisement) {
			if (this.spot != null && this.matcher.matches(advertisement)) {
				this.spot.heard(advertisement.adapter(), advertisement.rssi());
			}
		}

		@Override
		public void advanceTo(Instant now) {
		}

	}

}
