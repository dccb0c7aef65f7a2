package org.cloakroom.kiosk.ble;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

import org.cloakroom.kiosk.ble.decode.AdProblem;
import org.cloakroom.kiosk.ble.decode.Malformation;

/** What the pipeline has seen, for the health endpoint. */
final class BleCounters {

	final LongAdder advertisements = new LongAdder();

	/** Malformed AD structures and frames, and impossible RSSI values. */
	final LongAdder malformed = new LongAdder();

	/** {@link #malformed} by kind, indexed by {@link Malformation#ordinal()}. */
	private final LongAdder[] malformedByKind = new LongAdder[Malformation.values().length];

	final LongAdder notPhones = new LongAdder();

	/** Advertisements the pipeline failed on unexpectedly (a bug; logged). */
	final LongAdder failed = new LongAdder();

	/** Events whose listeners threw (logged). */
	final LongAdder publishFailures = new LongAdder();

	volatile int devicesTracked;

	BleCounters() {
		for (int i = 0; i < this.malformedByKind.length; i++) {
			this.malformedByKind[i] = new LongAdder();
		}
	}

	void malformed(Iterable<AdProblem> problems) {
		for (AdProblem problem : problems) {
			this.malformed.increment();
			this.malformedByKind[problem.kind().ordinal()].increment();
		}
	}

	/**
	 * Malformed parts by kind ({@code zero length}, {@code length overrun}, ...); an
	 * impossible RSSI is counted in the total only.
	 */
	Map<String, Long> malformedByKind() {
		Map<String, Long> byKind = new LinkedHashMap<>();
		for (Malformation kind : Malformation.values()) {
			byKind.put(kind.label(), this.malformedByKind[kind.ordinal()].sum());
		}
		return byKind;
	}

}
