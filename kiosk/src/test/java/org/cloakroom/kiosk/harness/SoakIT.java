package org.cloakroom.kiosk.harness;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;

import org.cloakroom.kiosk.SimulationIT;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The soak: kiosk, officer and admin traffic at once, on loopback, for
 * {@code soak.duration} (default 10 minutes) or {@code soak.max-requests} requests,
 * whichever comes first; then the pool must be idle, the heap after GC bounded, the audit
 * chain intact and no answer a 5xx. Not part of the normal test run:
 *
 * <pre>
 * mvn -B -pl kiosk -Psoak verify -Dsoak.duration=PT10M
 * </pre>
 *
 * The database is an H2 file (as on the Pi, with WRITE_DELAY=0) in a fresh temporary
 * folder, so the data does not count against the heap.
 */
@SimulationIT(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SoakIT {

	private static final long MIB = 1024 * 1024;

	@LocalServerPort
	private int port;

	@Autowired
	private HikariDataSource dataSource;

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) throws IOException {
		Path folder = Files.createTempDirectory("cloakroom-soak");
		registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + folder.resolve("cloakroom") + ";WRITE_DELAY=0");
	}

	@Test
	void mixedTrafficLeavesThePoolIdleTheHeapBoundedAndTheChainIntact() throws Exception {
		Duration duration = Duration.parse(System.getProperty("soak.duration", "PT10M"));
		long maxRequests = Long.getLong("soak.max-requests", 2_000_000);
		long maxHeapMib = Long.getLong("soak.max-heap-mib", 256);
		long seed = Long.getLong("soak.seed", 20261206);
		URI base = URI.create("http://localhost:" + this.port);
		TrafficStats stats = new TrafficStats();
		SoakClient setup = new SoakClient(base, "setup", stats, Long.MAX_VALUE);
		assertThat(setup.post("/api/v1/catalogue/entries", SoakTraffic.SOAK_ENTRY.formatted(0))).isPresent();
		long heapBefore = heapAfterGc();
		System.out.printf("SoakIT: %s or %d requests, seed %d, heap after GC at start %d MiB%n", duration, maxRequests,
				seed, heapBefore / MIB);

		long started = System.nanoTime();
		long deadline = started + duration.toNanos();
		ExecutorService clients = Executors.newFixedThreadPool(3);
		List<Future<?>> running = new ArrayList<>();
		for (String kind : List.of("kiosk", "officer", "admin")) {
			SoakClient client = new SoakClient(base, kind, stats, deadline);
			SoakTraffic own = new SoakTraffic(seed + kind.hashCode());
			running.add(clients.submit(() -> {
				while (System.nanoTime() < deadline && stats.requests() < maxRequests) {
					switch (kind) {
						case "kiosk" -> own.kiosk(client);
						case "officer" -> own.officer(client);
						default -> own.admin(client);
					}
				}
				return null;
			}));
		}
		for (Future<?> client : running) {
			client.get(duration.toSeconds() + 120, TimeUnit.SECONDS);
		}
		clients.shutdown();
		double seconds = (System.nanoTime() - started) / 1e9;

		HikariPoolMXBean pool = this.dataSource.getHikariPoolMXBean();
		waitForIdle(pool);
		long heapAfter = heapAfterGc();
		Optional<JsonNode> verification = setup.get("/api/v1/audit/verification");
		String chain = verification
			.map((result) -> (result.get("intact").asBoolean() ? "intact, " : "BROKEN, ")
					+ result.get("entriesChecked").asLong() + " entries checked")
			.orElse("not verified (no answer)");
		System.out.printf("SoakIT: %d requests in %.0f s (%.0f/s), %d errors%n%s", stats.requests(), seconds,
				stats.requests() / seconds, stats.errors(), stats.figures());
		System.out.printf(
				"SoakIT: pool active %d, idle %d, total %d, waiting %d; heap after GC %d MiB (start %d MiB);"
						+ " audit chain %s%n",
				pool.getActiveConnections(), pool.getIdleConnections(), pool.getTotalConnections(),
				pool.getThreadsAwaitingConnection(), heapAfter / MIB, heapBefore / MIB, chain);
		System.out.print("SoakIT refusals (4xx), expected in a busy bank:\n" + stats.refusals());
		stats.errorSamples().forEach((error) -> System.out.println("SoakIT error: " + error));

		assertThat(stats.errorSamples()).as("5xx answers and requests with no answer").isEmpty();
		assertThat(pool.getActiveConnections()).as("connections still in use after the traffic stopped").isZero();
		assertThat(pool.getThreadsAwaitingConnection()).as("threads waiting for a connection").isZero();
		assertThat(chain).as("audit chain").startsWith("intact");
		assertThat(heapAfter / MIB).as("heap after GC, MiB").isLessThan(maxHeapMib);
		assertThat(stats.requests()).as("requests sent").isGreaterThan(100);
	}

	/**
	 * Gives requests still finishing up to 10 s to return their connections; the figures
	 * are printed and asserted after it either way.
	 */
	private static void waitForIdle(HikariPoolMXBean pool) {
		try {
			await().atMost(Duration.ofSeconds(10))
				.until(() -> pool.getActiveConnections() == 0 && pool.getThreadsAwaitingConnection() == 0);
		}
		catch (ConditionTimeoutException ex) {
			// asserted below, with the figures
		}
	}

	/** Heap in use after a full collection, as far as System.gc() forces one. */
	private static long heapAfterGc() {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		System.gc();
		System.gc();
		return memory.getHeapMemoryUsage().getUsed();
	}

}
