package org.cloakroom.kiosk.ble.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.cloakroom.kiosk.ble.BleProperties.Placement;
import org.cloakroom.kiosk.ble.identity.IdentityResolver;
import org.cloakroom.kiosk.ble.identity.Resolution;
import org.cloakroom.kiosk.ble.identity.Resolution.EnrolledPhone;
import org.cloakroom.kiosk.ble.identity.Resolution.UnenrolledPhone;
import org.cloakroom.kiosk.ble.proximity.ProximityTracker;
import org.cloakroom.kiosk.ble.trace.TraceEntry;
import org.cloakroom.kiosk.ble.trace.TracePlayer;
import org.cloakroom.kiosk.ble.trace.TraceReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ble replay <file>}: plays a trace through decode → identity → proximity and
 * prints one JSON line per zone change, then a summary. Phones are enrolled by IRK, fixed
 * address, iBeacon or Eddystone-UID ({@link ReplayIdentities}); proximity, placements and
 * adapter offsets come from the kiosk's defaults (adapters {@code door} and
 * {@code inside}, as the simulated radio and the generator name them) or a
 * {@code --settings} file ({@link ReplaySettings}), and {@code --adapter hci0=door}
 * places one more. The first line it cannot read stops the run (exit 1, naming the line)
 * unless {@code --lenient}, which skips and counts it.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
		description = "Play a trace and print each zone change (JSON lines), then a summary.")
final class ReplayCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "<file>", description = "The trace, one JSON object per line.")
	private Path file;

	@Option(names = "--irk", paramLabel = "name=<32 hex>", description = "An enrolled phone's IRK, named.")
	private Map<String, String> irks = new LinkedHashMap<>();

	@Option(names = "--fixed", paramLabel = "name=AA:BB:CC:DD:EE:FF",
			description = "An enrolled phone's (or badge's) fixed address, named.")
	private Map<String, String> fixedAddresses = new LinkedHashMap<>();

	@Option(names = "--ibeacon", paramLabel = "name=uuid/major/minor",
			description = "An enrolled phone's iBeacon, named.")
	private Map<String, String> iBeacons = new LinkedHashMap<>();

	@Option(names = "--eddystone", paramLabel = "name=namespace/instance",
			description = "An enrolled phone's Eddystone-UID (20 and 12 hex digits), named.")
	private Map<String, String> eddystones = new LinkedHashMap<>();

	@Option(names = "--adapter", paramLabel = "name=door|lockers|inside",
			description = "Where an adapter is placed (default: door=door, inside=inside, or the settings file's).")
	private Map<String, String> adapters = new LinkedHashMap<>();

	@Option(names = "--settings", paramLabel = "FILE",
			description = "cloakroom.ble.proximity.*, adapters.* and adapter-offsets.* as properties or YAML.")
	private Path settingsFile;

	@Option(names = "--lenient", description = "Skip lines that cannot be read (counted in the summary) "
			+ "instead of stopping at the first with exit code 1.")
	private boolean lenient;

	@Override
	public Integer call() {
		if (!Files.isReadable(this.file)) {
			throw usage("Cannot read the trace " + this.file);
		}
		ReplaySettings settings = settings();
		ReplayIdentities identities = identities();
		IdentityResolver resolver = new IdentityResolver(identities::enrolled);
		ProximityTracker tracker = new ProximityTracker(settings.proximity(), placements(settings),
				settings.adapterOffsets());
		ReplaySummary summary = new ReplaySummary(this.spec.commandLine().getOut());
		List<ReplayWatcher> watchers = watchers(summary);
		TracePlayer player = new TracePlayer(tracker,
				(entry, fields) -> resolver.resolve(entry.advertisement().address(),
						entry.advertisement().addressType(), fields, entry.advertisement().time()),
				(subject, from, to, rssi, confidence, at) -> {
					ReplayWatcher.ZoneChange change = new ReplayWatcher.ZoneChange(name(subject, identities), subject,
							from, to, rssi, confidence, at);
					watchers.forEach((watcher) -> watcher.zoneChanged(change));
				});
		try (TraceReader reader = this.lenient ? new TraceReader(this.file) : TraceReader.strict(this.file)) {
			TraceEntry entry;
			while ((entry = reader.next()) != null) {
				TraceEntry heard = entry;
				watchers.forEach((watcher) -> watcher.heard(heard));
				player.play(heard);
			}
			if (summary.last() != null) {
				player.finish(summary.last().plus(settings.proximity().fadeAfter()).plusSeconds(1));
			}
			summary.print(reader.skipped(), player, watchers);
		}
		return 0;
	}

	/** Who watches the replay: the printed summary, and a labelled trace's score. */
	private static List<ReplayWatcher> watchers(ReplaySummary summary) {
		return List.of(summary, new LabelledScore());
	}

	private ReplaySettings settings() {
		if (this.settingsFile == null) {
			return ReplaySettings.defaults();
		}
		try {
			return ReplaySettings.read(this.settingsFile);
		}
		catch (IllegalArgumentException ex) {
			throw usage("--settings " + ex.getMessage());
		}
	}

	private ReplayIdentities identities() {
		ReplayIdentities identities = new ReplayIdentities();
		try {
			identities.irks(this.irks);
			identities.fixedAddresses(this.fixedAddresses);
			identities.iBeacons(this.iBeacons);
			identities.eddystones(this.eddystones);
		}
		catch (IllegalArgumentException ex) {
			throw usage(ex.getMessage());
		}
		return identities;
	}

	/** The settings' placements, then {@code --adapter}'s, which win. */
	private Map<String, Placement> placements(ReplaySettings settings) {
		Map<String, Placement> placements = new LinkedHashMap<>(settings.placements());
		placements.putAll(Placements.given(this.adapters, this.spec.commandLine()));
		return placements;
	}

	private static String name(Resolution subject, ReplayIdentities identities) {
		if (subject instanceof EnrolledPhone phone) {
			return identities.name(phone.phoneId());
		}
		if (subject instanceof UnenrolledPhone phone) {
			return "unenrolled " + phone.kind() + " " + phone.deviceKey();
		}
		return String.valueOf(subject);
	}

	private ParameterException usage(String message) {
		return new ParameterException(this.spec.commandLine(), message);
	}

}
