package org.cloakroom.kiosk.ble.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cloakroom.kiosk.ble.Zone;
import org.cloakroom.kiosk.ble.trace.TraceEntry;
import org.cloakroom.kiosk.ble.trace.TracePlayer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** What {@code ble replay} prints: one JSON line per zone change, then a summary line. */
final class ReplaySummary implements ReplayWatcher {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final PrintWriter out;

	private final Map<Zone, Integer> entered = new LinkedHashMap<>();

	private long advertisements;

	private long changes;

	private Instant first;

	private Instant last;

	ReplaySummary(PrintWriter out) {
		this.out = out;
	}

	@Override
	public void heard(TraceEntry entry) {
		Instant time = entry.advertisement().time();
		this.advertisements++;
		this.first = (this.first == null) ? time : this.first;
		this.last = time;
	}

	@Override
	public void zoneChanged(ZoneChange change) {
		this.changes++;
		this.entered.merge(change.to(), 1, Integer::sum);
		ObjectNode line = JSON.createObjectNode();
		line.put("time", change.at().toString());
		line.put("device", change.device());
		line.put("from", change.from().name());
		line.put("zone", change.to().name());
		line.put("rssi", Math.round(change.filteredRssi() * 10) / 10.0);
		line.put("confidence", Math.round(change.confidence() * 100) / 100.0);
		this.out.println(JSON.writeValueAsString(line));
	}

	/** When the last packet was heard, or {@code null} for an empty trace. */
	Instant last() {
		return this.last;
	}

	/**
	 * Prints the summary: {@code badLines} skipped (only a {@code --lenient} run skips
	 * any), what went by, and each watcher's own section.
	 */
	void print(long badLines, TracePlayer player, List<ReplayWatcher> watchers) {
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
		watchers.forEach((watcher) -> watcher.finished(body));
		this.out.println(JSON.writeValueAsString(summary));
	}

}
