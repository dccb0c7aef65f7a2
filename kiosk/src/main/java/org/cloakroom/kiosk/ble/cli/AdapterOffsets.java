package org.cloakroom.kiosk.ble.cli;

import java.util.Map;

import org.cloakroom.kiosk.ble.trace.TraceEntry;
import org.cloakroom.kiosk.ble.transport.Advertisement;

/**
 * Replay's reading of {@code cloakroom.ble.adapter-offsets}: each packet's RSSI as the
 * reference adapter would have read it ({@code rssi − offset}, rounded), before it is
 * played, so that a trace recorded on site plays against levels set for the reference.
 */
final class AdapterOffsets {

	private final Map<String, Double> offsets;

	AdapterOffsets(Map<String, Double> offsets) {
		this.offsets = Map.copyOf(offsets);
	}

	TraceEntry apply(TraceEntry entry) {
		Double offset = this.offsets.get(entry.advertisement().adapter());
		if (offset == null || offset == 0) {
			return entry;
		}
		Advertisement ad = entry.advertisement();
		Advertisement heard = new Advertisement(ad.time(), ad.adapter(), ad.address(), ad.addressType(),
				(int) Math.round(ad.rssi() - offset), ad.txPower(), ad.manufacturerDataShared(), ad.serviceDataShared(),
				ad.serviceUuids(), ad.rawAdShared());
		return new TraceEntry(heard, entry.label());
	}

}
