package org.cloakroom.kiosk.ble;

import java.util.concurrent.atomic.LongAdder;

/** What the pipeline has seen, for the health endpoint. */
final class BleCounters {

	final LongAdder advertisements = new LongAdder();

	/** Malformed AD structures and frames, and impossible RSSI values. */
	final LongAdder malformed = new LongAdder();

	final LongAdder notPhones = new LongAdder();

	/** Advertisements the pipeline failed on unexpectedly (a bug; logged). */
	final LongAdder failed = new LongAdder();

	/** Events whose listeners threw (logged). */
	final LongAdder publishFailures = new LongAdder();

	volatile int devicesTracked;

}
