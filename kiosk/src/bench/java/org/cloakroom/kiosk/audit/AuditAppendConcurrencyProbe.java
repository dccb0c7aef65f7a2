package org.cloakroom.kiosk.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Appends of one event per transaction from several threads at once, as a kiosk makes them
 * (web requests, the BLE pipeline, the locker loop and the scheduler each commit their own):
 * {@code java -cp <test class path> org.cloakroom.kiosk.audit.AuditAppendConcurrencyProbe 20000}.
 * The head row orders the appends; what several threads can share is H2's write of the file
 * at commit ({@code WRITE_DELAY=0}), which is what one thread waits for alone.
 */
public final class AuditAppendConcurrencyProbe {

	private AuditAppendConcurrencyProbe() {
	}

	public static void main(String[] args) throws Exception {
		int events = (args.length > 0) ? Integer.parseInt(args[0]) : 20_000;
		for (int threads : new int[] { 1, 2, 4, 8 }) {
			try (BenchDatabase database = new BenchDatabase()) {
				run(database, threads, events / 4);
				long wall = System.nanoTime();
				run(database, threads, events);
				double wallSeconds = (System.nanoTime() - wall) / 1e9;
				long appended = database.log.latest(1).get(0).sequence();
				System.out.printf("WRITE_DELAY=0, 1 event per transaction, %d threads: %,8.0f events/s wall (%d entries)%n",
						threads, events / wallSeconds, appended);
			}
		}
	}

	private static void run(BenchDatabase database, int threads, int events) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				int share = events / threads;
				done.add(pool.submit(() -> {
					for (int i = 0; i < share; i++) {
						int n = i;
						database.transactions.executeWithoutResult((status) -> database.recorder
							.record(new BenchDatabase.BenchmarkEvent(n % 24, "locker door closed after storing phone " + n)));
					}
				}));
			}
			for (Future<?> each : done) {
				each.get();
			}
		}
		finally {
			pool.shutdown();
		}
	}

}
