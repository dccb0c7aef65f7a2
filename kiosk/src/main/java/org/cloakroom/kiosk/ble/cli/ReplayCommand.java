package org.cloakroom.kiosk.ble.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cloakroom.kiosk.ble.EnrolledIdentity;
import org.cloakroom.kiosk.ble.IdentityResolvingKey;
import org.cloakroom.kiosk.ble.ProximityProperties;
import org.cloakroom.kiosk.ble.Zone;
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
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code ble replay <file>}: plays a trace through decode → identity → proximity with the
 * default proximity settings and adapters {@code door} and {@code inside} (as the
 * simulated radio and the generator name them; {@code --adapter hci0=door} places
 * others), and prints one JSON line per zone change, then a summary.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
		description = "Play a trace and print each zone change (JSON lines), then a summary.")
final class ReplayCommand implements Runnable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "<file>", description = "The trace, one JSON object per line.")
	private Path file;

	@Option(names = "--irk", paramLabel = "name=<32 hex>", description = "An enrolled phone's IRK, named.")
	private Map<String, String> irks = new LinkedHashMap<>();

	@Option(names = "--adapter", paramLabel = "name=door|lockers|inside",
			description = "Where an adapter is placed (default: door=door, inside=inside).")
	private Map<String, String> adapters = new LinkedHashMap<>();

	@Override
	public void run() {
		if (!Files.isReadable(this.file)) {
			throw new ParameterException(this.spec.commandLine(), "Cannot read the trace " + this.file);
		}
		List<String> names = new ArrayList<>();
		List<EnrolledIdentity> enrolled = enrol(names);
		IdentityResolver identities = new IdentityResolver(() -> enrolled);
		ProximityTracker tracker = new ProximityTracker(ProximityProperties.defaults(),
				Placements.parse(this.adapters, this.spec.commandLine()));
		PrintWriter out = this.spec.commandLine().getOut();
		Summary summary = new Summary();
		TracePlayer player = new TracePlayer(tracker,
				(entry, fields) -> identities.resolve(entry.advertisement().address(),
						entry.advertisement().addressType(), fields, entry.advertisement().time()),
				(subject, from, to, rssi, confidence, at) -> summary.changed(out, name(subject, names), from, to, rssi,
						at));
		try (TraceReader reader = new TraceReader(this.file)) {
			TraceEntry entry;
			while ((entry = reader.next()) != null) {
				summary.heard(entry.advertisement().time());
				player.play(entry);
			}
			if (summary.last != null) {
				player.finish(summary.last.plus(ProximityProperties.defaults().fadeAfter()).plusSeconds(1));
			}
			summary.print(out, reader.skipped(), player);
		}
	}

	private List<EnrolledIdentity> enrol(List<String> names) {
		List<EnrolledIdentity> enrolled = new ArrayList<>();
		this.irks.forEach((name, hex) -> {
			try {
				enrolled.add(new EnrolledIdentity(names.size() + 1, IdentityResolvingKey.parseHex(hex)));
				names.add(name);
			}
			catch (IllegalArgumentException ex) {
				throw new ParameterException(this.spec.commandLine(),
						"--irk " + name + ": " + ex.getMessage().lines().findFirst().orElse(""));
			}
		});
		return List.copyOf(enrolled);
	}

	private static String name(Resolution subject, List<String> names) {
		if (subject instanceof EnrolledPhone phone) {
			return names.get((int) phone.phoneId() - 1);
		}
		if (subject instanceof UnenrolledPhone phone) {
			return "unenrolled " + phone.kind() + " " + phone.deviceKey();
		}
		return String.valueOf(subject);
	}

	/** What went by, for the last line. */
	private static final class Summary {

		private final Map<Zone, Integer> entered = new LinkedHashMap<>();

		private long advertisements;

		private long changes;

		private Instant first;

		private Instant last;

		void heard(Instant time) {
			this.advertisements++;
			this.first = (this.first == null) ? time : this.first;
			this.last = time;
		}

		void changed(PrintWriter out, String device, Zone from, Zone to, double rssi, Instant at) {
			this.changes++;
			this.entered.merge(to, 1, Integer::sum);
			ObjectNode line = JSON.createObjectNode();
			line.put("time", at.toString());
			line.put("device", device);
			line.put("from", from.name());
			line.put("zone", to.name());
			line.put("rssi", Math.round(rssi * 10) / 10.0);
			out.println(JSON.writeValueAsString(line));
		}

		void print(PrintWriter out, long badLines, TracePlayer player) {
			ObjectNode summary = JSON.createObjectNode();
			ObjectNode body = summary.putObject("summary");
			body.put("from", String.valueOf(this.first));
			body.put("to", String.valueOf(this.last));
			body.put("advertisements", this.advertisements);
			body.put("badLines", badLines);
			body.put("phoneAdvertisements", player.played());
			body.put("notPhones", player.notPhones());
			body.put("zoneChanges", this.changes);
			ObjectNode entered = body.putObject("entered");
			this.entered.forEach((zone, count) -> entered.put(zone.name(), count));
			out.println(JSON.writeValueAsString(summary));
		}

	}

}
