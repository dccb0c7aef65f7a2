package org.cloakroom.kiosk.fleet;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.cloakroom.kiosk.audit.AuditEntry;
import org.cloakroom.kiosk.audit.CanonicalForm;
import org.cloakroom.kiosk.audit.ChainKey;
import org.cloakroom.kiosk.fleet.wire.ChainPosition;
import org.cloakroom.kiosk.fleet.wire.EventBatch;
import org.cloakroom.kiosk.fleet.wire.ForwardedEntry;
import org.cloakroom.kiosk.fleet.wire.JoinRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Central ingest under load: {@code kiosks} simulated kiosks, each registered by an admin
 * ({@code POST /api/v1/kiosks}) and joined ({@code POST /api/v1/fleet/join}), then each on
 * its own thread and connection posting its own chain ({@code entries} entries with real
 * HMAC-SHA-256 hashes under a chain key of its own, as {@code audit.CanonicalForm} says)
 * in batches to {@code POST /api/v1/fleet/events}. The batches are built before the clock
 * starts (the kiosks are other machines); every answer must be 200 and acknowledge the
 * batch's last sequence. Prints entries per second.
 * <p>
 * {@code --kiosks 1 --entries 100000} is the backlog of one kiosk drained in batches of
 * 1,000 (the ingest side of it: the kiosk's forwarder reads its log as well).
 * <p>
 * Run against a central instance on PostgreSQL (BENCHMARKS.md, "Central (issue 17)"):
 * {@code kiosk/src/bench/fleet-ingest-load.sh --central http://127.0.0.1:8080 --admin
 * admin:PASSWORD [--kiosks 50] [--entries 10000] [--batch 1000]}
 */
public final class FleetIngestLoad {

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
		.build();

	private static final String[] TYPES = { "CheckInStarted", "PhonesStored", "PhonesCollected", "LockerOpened",
			"LockerClosed", "EntryGranted" };

	private final URI central;

	private final String adminAuthorization;

	private FleetIngestLoad(URI central, String admin) {
		this.central = central;
		this.adminAuthorization = "Basic "
				+ Base64.getEncoder().encodeToString(admin.getBytes(StandardCharsets.UTF_8));
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		FleetIngestLoad load = new FleetIngestLoad(URI.create(options.getOrDefault("central", "http://127.0.0.1:8080")),
				options.getOrDefault("admin", "admin:admin"));
		int kiosks = Integer.parseInt(options.getOrDefault("kiosks", "50"));
		int entries = Integer.parseInt(options.getOrDefault("entries", "10000"));
		int batch = Integer.parseInt(options.getOrDefault("batch", "1000"));
		String prefix = options.getOrDefault("prefix", "load-" + Long.toString(System.currentTimeMillis() / 1000, 36));
		load.run(prefix, kiosks, entries, batch);
	}

	private void run(String prefix, int kiosks, int entries, int batch) throws Exception {
		List<SimulatedKiosk> fleet = new ArrayList<>();
		for (int i = 1; i <= kiosks; i++) {
			String token = join(prefix + "-" + i, (i % 2 == 0) ? "HQ" : "Annex");
			fleet.add(new SimulatedKiosk(token, batches(entries, batch)));
		}
		System.out.printf("%d kiosks joined, %d batches of %d built; posting...%n", kiosks, kiosks * fleet.get(0).batches().size(),
				batch);
		ExecutorService threads = Executors.newFixedThreadPool(kiosks);
		long started = System.nanoTime();
		List<Future<Long>> posted = new ArrayList<>();
		for (SimulatedKiosk kiosk : fleet) {
			posted.add(threads.submit(() -> post(kiosk)));
		}
		long total = 0;
		for (Future<Long> each : posted) {
			total += each.get();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		threads.shutdown();
		System.out.printf("%d entries from %d kiosks in %.1f s: %.0f entries/s%n", total, kiosks, seconds,
				total / seconds);
	}

	/** Registers and joins a kiosk; its fleet token. */
	private String join(String name, String site) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		JsonNode registered = send(http,
				HttpRequest.newBuilder(this.central.resolve("/api/v1/kiosks"))
					.header("Authorization", this.adminAuthorization),
				Map.of("name", name, "site", site), 201);
		JsonNode joined = send(http, HttpRequest.newBuilder(this.central.resolve("/api/v1/fleet/join")),
				new JoinRequest(registered.get("joinCode").asString(), List.of(), 0, null), 200);
		return joined.get("token").asString();
	}

	/** Posts the kiosk's batches in order on one connection; the entries acknowledged. */
	private long post(SimulatedKiosk kiosk) throws Exception {
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		long acknowledged = 0;
		for (byte[] body : kiosk.batches()) {
			JsonNode answer = send(http, HttpRequest.newBuilder(this.central.resolve("/api/v1/fleet/events"))
				.header("Authorization", "Bearer " + kiosk.token()), body, 200);
			acknowledged = answer.get("acknowledged").asLong();
		}
		return acknowledged;
	}

	private static JsonNode send(HttpClient http, HttpRequest.Builder request, Object body, int expected)
			throws Exception {
		byte[] bytes = (body instanceof byte[] raw) ? raw : JSON.writeValueAsBytes(body);
		HttpResponse<String> response = http.send(request.header("Content-Type", "application/json")
			.timeout(Duration.ofMinutes(1))
			.POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != expected) {
			throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode() + ": "
					+ response.body());
		}
		return JSON.readTree(response.body());
	}

	/** A chain of {@code entries} entries with real keyed hashes, as batches' JSON. */
	private static List<byte[]> batches(int entries, int size) {
		List<ForwardedEntry> chain = chain(entries);
		ForwardedEntry last = chain.get(chain.size() - 1);
		ChainPosition head = new ChainPosition(last.sequence(), last.hash());
		List<byte[]> batches = new ArrayList<>();
		for (int from = 0; from < entries; from += size) {
			batches.add(JSON.writeValueAsBytes(new EventBatch(head, chain.subList(from, Math.min(entries, from + size)),
					List.of(), List.of(), null)));
		}
		return batches;
	}

	/**
	 * A kiosk's chain of {@code entries} entries, recorded 20 ms apart up to now, each
	 * hashed with HMAC-SHA-256 under a chain key of its own, as the kiosk's log hashes.
	 */
	static List<ForwardedEntry> chain(int entries) {
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		ChainKey key = ChainKey.parse(Base64.getUrlEncoder().withoutPadding().encodeToString(secret), "bench");
		Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS).minus(Duration.ofMillis(entries * 20L));
		List<ForwardedEntry> chain = new ArrayList<>(entries);
		String previous = CanonicalForm.GENESIS_HASH;
		for (int sequence = 1; sequence <= entries; sequence++) {
			Instant recorded = at.plusMillis(sequence * 20L);
			String type = TYPES[sequence % TYPES.length];
			String subject = "employee:" + (1 + sequence % 500);
			String details = "{\"badge\":\"B" + String.format("%06d", 1 + sequence % 500) + "\",\"employeeId\":"
					+ (1 + sequence % 500) + ",\"lockerId\":" + (1 + sequence % 24) + "}";
			AuditEntry entry = new AuditEntry(sequence, recorded, type, subject, false, details, previous, null);
			String hash = key.hash(CanonicalForm.lines(entry));
			chain.add(new ForwardedEntry(sequence, recorded, type, subject, false, details, previous, hash, key.id()));
			previous = hash;
		}
		return chain;
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new java.util.HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			if (!args[i].startsWith("--")) {
				throw new IllegalArgumentException("Expected --option value, found '" + args[i] + "'");
			}
			options.put(args[i].substring(2), args[i + 1]);
		}
		return options;
	}

	private record SimulatedKiosk(String token, List<byte[]> batches) {
	}

}
