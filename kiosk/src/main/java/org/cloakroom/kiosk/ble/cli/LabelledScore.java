package org.cloakroom.kiosk.ble.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cloakroom.kiosk.ble.Zone;
import org.cloakroom.kiosk.ble.trace.TraceEntry;
import org.cloakroom.kiosk.ble.trace.TraceLabel;
import tools.jackson.databind.node.ObjectNode;

/**
 * Scores a labelled trace against its ground truth, as the aims are stated: an
 * <b>arrival</b> (a device whose label is ever AT_DOOR, within 1 m) is recognised when
 * proximity places it AT_DOOR no later than {@value #RECOGNISE_WITHIN_SECONDS} s after it
 * first truly was; a <b>passer</b> (never truly AT_DOOR nor INSIDE) is wrongly placed
 * when proximity ever puts it AT_DOOR. A zone change counts for a label's device when the
 * phone was enrolled under the same name ({@code --irk p1=…} for the generator's
 * {@code p1}). Adds a {@code score} section to the summary; a trace without labels gets
 * none.
 */
final class LabelledScore implements ReplayWatcher {

	static final int RECOGNISE_WITHIN_SECONDS = 3;

	private final Map<String, Truth> truths = new LinkedHashMap<>();

	private final Map<String, Instant> placedAtDoor = new LinkedHashMap<>();

	@Override
	public void heard(TraceEntry entry) {
		TraceLabel label = entry.label();
		if (label != null) {
			this.truths.computeIfAbsent(label.device(), (device) -> new Truth())
				.saw(label.zone(), entry.advertisement().time());
		}
	}

	@Override
	public void zoneChanged(ZoneChange change) {
		if (change.to() == Zone.AT_DOOR) {
			this.placedAtDoor.putIfAbsent(change.device(), change.at());
		}
	}

	@Override
	public void finished(ObjectNode summary) {
		if (this.truths.isEmpty()) {
			return;
		}
		int arrivals = 0;
		int recognised = 0;
		int passers = 0;
		int passersAtDoor = 0;
		List<Double> secondsToDoor = new ArrayList<>();
		for (Map.Entry<String, Truth> each : this.truths.entrySet()) {
			Truth truth = each.getValue();
			Instant placed = this.placedAtDoor.get(each.getKey());
			if (truth.atDoorFrom != null) {
				arrivals++;
				if (placed != null) {
					double seconds = Duration.between(truth.atDoorFrom, placed).toMillis() / 1000.0;
					secondsToDoor.add(seconds);
					if (seconds <= RECOGNISE_WITHIN_SECONDS) {
						recognised++;
					}
				}
			}
			else if (!truth.inside) {
				passers++;
				if (placed != null) {
					passersAtDoor++;
				}
			}
		}
		ObjectNode score = summary.putObject("score");
		score.put("arrivals", arrivals);
		score.put("arrivalsAtDoorWithin" + RECOGNISE_WITHIN_SECONDS + "s", recognised);
		score.put("passers", passers);
		score.put("passersPlacedAtDoor", passersAtDoor);
		if (!secondsToDoor.isEmpty()) {
			secondsToDoor.sort(null);
			score.put("medianSecondsToAtDoor", secondsToDoor.get(secondsToDoor.size() / 2));
		}
	}

	/** Where one labelled device truly went. */
	private static final class Truth {

		private Instant atDoorFrom;

		private boolean inside;

		void saw(Zone zone, Instant at) {
			if (zone == Zone.AT_DOOR && this.atDoorFrom == null) {
				this.atDoorFrom = at;
			}
			this.inside |= zone == Zone.INSIDE;
		}

	}

}
