package org.cloakroom.kiosk.locker;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts each sensor's changes in a sliding window. Kept in memory: flapping is about the
 * last seconds, and a restart starts counting afresh. Not thread-safe; {@link Lockers}
 * calls it under the bank's lock.
 */
final class FlapCounter {

	private final Map<String, Deque<Instant>> changes = new HashMap<>();

	private final int limit;

	private final Duration window;

	FlapCounter(int limit, Duration window) {
		this.limit = limit;
		this.window = window;
	}

	/**
	 * Counts a change; true (and the count starts again) when it is the {@code limit}-th
	 * within the window.
	 */
	boolean flapped(int lockerId, String sensor, Instant now) {
		Deque<Instant> recent = this.changes.computeIfAbsent(lockerId + "/" + sensor, (key) -> new ArrayDeque<>());
		recent.addLast(now);
		Instant oldest = now.minus(this.window);
		while (!recent.isEmpty() && recent.peekFirst().isBefore(oldest)) {
			recent.removeFirst();
		}
		if (recent.size() >= this.limit) {
			recent.clear();
			return true;
		}
		return false;
	}

	int limit() {
		return this.limit;
	}

	Duration window() {
		return this.window;
	}

}
