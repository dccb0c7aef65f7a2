package org.cloakroom.kiosk.ble.evaluation;

import java.time.Instant;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.cloakroom.kiosk.ble.BleAddress;
import org.cloakroom.kiosk.ble.Zone;
import org.cloakroom.kiosk.ble.trace.TraceEntry;
import org.cloakroom.kiosk.ble.trace.TraceLabel;
import org.cloakroom.kiosk.ble.transport.AddressType;
import org.cloakroom.kiosk.ble.transport.Advertisement;

/**
 * What one phone received from the other over a whole stationary recording, in time
 * order: packets with their RSSI and the distance the data set says the phones were
 * apart. Primitive arrays, because the data sets hold two million packets.
 *
 * @param source the file it came from
 * @param scoring whether it belongs to the scoring half (else to the tuning half)
 */
public record Recording(Case of, String source, boolean scoring, long[] times, int[] rssis, int[] distancesCm) {

	/** The adapter the evaluation's traces name: the receiving phone stands for it. */
	public static final String ADAPTER = "door";

	public int size() {
		return this.times.length;
	}

	/**
	 * The recording as a labelled trace: one entry per packet, from a fixed public
	 * address, with the true distance and zone (within 1 m AT_DOOR, within 5 m NEAR).
	 */
	public Stream<TraceEntry> traceEntries() {
		BleAddress address = BleAddress.parse("02:00:00:00:00:01");
		byte[] empty = new byte[0];
		return IntStream.range(0, size()).mapToObj((i) -> {
			double metres = this.distancesCm[i] / 100.0;
			Advertisement ad = Advertisement.ofRaw(Instant.ofEpochMilli(this.times[i]), ADAPTER, address,
					AddressType.PUBLIC, this.rssis[i], empty);
			return new TraceEntry(ad, new TraceLabel(this.of.scenario(), this.of.pair(), metres, zoneAt(metres)));
		});
	}

	static Zone zoneAt(double metres) {
		return (metres <= 1) ? Zone.AT_DOOR : (metres <= 5) ? Zone.NEAR : Zone.AWAY;
	}

}
