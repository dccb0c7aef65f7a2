package org.cloakroom.kiosk.badge.wiegand;

import java.util.EnumMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntToLongFunction;

/**
 * Stands in for the kernel's per-line edge queues, which this machine (no GPIO chip)
 * cannot give: each line a queue of time stamps that the reader's thread drains as it
 * would through Pi4J's gpiod library. A wait on an empty queue parks for the time asked,
 * as poll(2) would.
 */
final class QueuedLines implements EventLines {

	private final Map<WiegandLine, Queue<Long>> queues = new EnumMap<>(WiegandLine.class);

	volatile boolean closed;

	QueuedLines() {
		for (WiegandLine line : WiegandLine.values()) {
			this.queues.put(line, new ConcurrentLinkedQueue<>());
		}
	}

	/** Queues a falling edge on the line with the kernel's time stamp. */
	void fall(WiegandLine line, long stamp) {
		this.queues.get(line).add(stamp);
	}

	/** Queues each bit of the frame on its line, stamped by {@code stamp}(bit index). */
	void frame(String bits, IntToLongFunction stamp) {
		for (int i = 0; i < bits.length(); i++) {
			fall((bits.charAt(i) == '1') ? WiegandLine.D1 : WiegandLine.D0, stamp.applyAsLong(i));
		}
	}

	@Override
	public EventLine line(WiegandLine line) {
		Queue<Long> queue = this.queues.get(line);
		return new EventLine() {

			@Override
			public boolean await(long nanos) {
				if (queue.isEmpty() && nanos > 0) {
					LockSupport.parkNanos(nanos);
				}
				return !queue.isEmpty();
			}

			@Override
			public long next() {
				return queue.remove();
			}

		};
	}

	@Override
	public void close() {
		this.closed = true;
	}

}
