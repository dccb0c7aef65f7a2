package org.cloakroom.kiosk.audit;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The append workload of {@link AuditAppendBenchmark} timed by the appending thread's CPU
 * time as well as the wall clock, because on a shared machine the wall-clock figure falls
 * with the load: {@code java -cp <test class path> org.cloakroom.kiosk.audit.AuditAppendProbe}.
 */
public final class AuditAppendProbe {

	private AuditAppendProbe() {
	}

	public static void main(String[] args) throws Exception {
		int events = (args.length > 0) ? Integer.parseInt(args[0]) : 20_000;
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (String options : new String[] { ";WRITE_DELAY=0", "" })
		for (int perTransaction : new int[] { 1, 100 }) {
			try (BenchDatabase database = new BenchDatabase(options)) {
				run(database, perTransaction, events / 4);
				long cpu = threads.getCurrentThreadCpuTime();
				long wall = System.nanoTime();
				run(database, perTransaction, events);
				double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
				double wallSeconds = (System.nanoTime() - wall) / 1e9;
				System.out.printf("%-15s %3d per transaction: %,8.0f events/s wall, %,8.0f events/s per CPU second%n",
						options.isEmpty() ? "(H2 default)" : options, perTransaction, events / wallSeconds,
						events / cpuSeconds);
			}
		}
	}

	private static void run(BenchDatabase database, int perTransaction, int events) {
		for (int done = 0; done < events; done += perTransaction) {
			int from = done;
			database.transactions.executeWithoutResult((status) -> {
				for (int i = from; i < from + perTransaction; i++) {
					database.recorder.record(
							new BenchDatabase.BenchmarkEvent(i % 24, "locker door closed after storing phone " + i));
				}
			});
		}
	}

}
